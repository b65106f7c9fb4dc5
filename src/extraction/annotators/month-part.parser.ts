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

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december'];
const NAMED_PART = new RegExp(`\\b(?:the )?(?:start|beginning|end|middle|turn) of (${MONTHS.join('|')})(?:,? ((?:19|20)\\d{2}))?\\b`, 'i');

/** "at the end of October", "the beginning of March 2022": that month (a named month without a year is the latest
 * one not after the reference day; the narrative year of explainers is applied later as for any bare month). */
export const namedMonthPartParser: chrono.Parser = {
  pattern: () => NAMED_PART,
  extract: (context, match) => {
    const ref = context.reference.instant;
    const month = MONTHS.indexOf(match[1]!.toLowerCase()) + 1;
    const year = match[2] ? Number(match[2]) : ref.getUTCFullYear() - (month > ref.getUTCMonth() + 1 ? 1 : 0);
    const c = context.createParsingComponents({ year, month });
    c.imply('day', 1);
    c.addTag('riposte/month-part');
    return c;
  },
};
