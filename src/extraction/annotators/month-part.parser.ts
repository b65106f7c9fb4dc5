// "at the start of the month", "by the end of last month", "in the middle of this month": a part of a month that
// chrono misses (or reads as one day). News uses it for acts of the current or the previous month; the ontology has
// no part of a month, so it is stated to the month.
import type * as chrono from 'chrono-node';

const MONTH_PART = /\b(?:the )?(?:start|beginning|end|middle|turn) of (the|this|last|previous) month\b/i;

export const monthPartParser: chrono.Parser = {
  pattern: () => MONTH_PART,
  extract: (context, match) => {
    const d = new Date(context.reference.instant);
    if (/last|previous/i.test(match[1]!)) d.setUTCMonth(d.getUTCMonth() - 1, 1);
    const c = context.createParsingComponents({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 });
    c.imply('day', 1);
    c.addTag('riposte/month-part');
    return c;
  },
};
