// Phrases that date an act from another act rather than from the calendar: "the next day", "the same evening",
// "a week later" (from the act told just before), "a day after Moscow expelled ..." (from the main act of the
// sentence). The dates annotator marks them; the dates refiner resolves them.
import type * as chrono from 'chrono-node';
import type { DateMention } from '../types.ts';

const PART_OF_DAY = '(?:day|evening|morning|afternoon|night)';
// Same day as the act told before: "the same evening", "that night", "later that day", "earlier in the day",
// "hours later". Example: "Ottawa expelled six envoys on Monday; New Delhi answered the same evening."
const SAME_DAY = `the same ${PART_OF_DAY}|that ${PART_OF_DAY}|(?:later|earlier) (?:that|the same|in the) ${PART_OF_DAY}|(?:just |only )?hours later`;
// One day on or back: "the next morning", "the following day", "the day before".
const NEXT_DAY = `the (?:next|following) ${PART_OF_DAY}|the previous ${PART_OF_DAY}|the day before|a day later|one day later`;
const DAYS_LATER = '(?:two|three|four|five|six|\\d+) (?:days|weeks) later|(?:a|one) week later';
// "Within hours, Berlin expelled ...": opening a sentence, a relation; after a verb ("leave within hours"), a deadline.
const WITHIN_HOURS = 'within (?:a few |several )?hours';
// The month of the act told before: "Moscow answered later in the month", "earlier that month".
const SAME_MONTH = '(?:later|earlier) (?:in the|that|the same) month|the same month';

// Compiled once: chrono asks for a parser's pattern on every parse, and it runs without the g flag (no lastIndex).
const RELATIVE_DAY = new RegExp(`\\b(${SAME_DAY}|${NEXT_DAY}|${DAYS_LATER}|${WITHIN_HOURS}|${SAME_MONTH})\\b`, 'i');

/** chrono leaves some of these alone or reads them from the publication date ("a week later" = a week after the
 * article); they are resolved against the act told before them by the dates refiner, so any date will do here. */
export const relativeDayParser: chrono.Parser = {
  pattern: () => RELATIVE_DAY,
  extract: (context) => {
    const c = context.createParsingComponents({ day: context.reference.instant.getUTCDate() });
    c.addTag('riposte/relative-day');
    return c;
  },
};

const UNITS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const CLAUSE = /^(a|an|one|two|three|four|five|six|seven|\d+) (day|days|week|weeks) (after|before)$/i;
const DISCOURSE = new RegExp(`^(?:${SAME_DAY}|${NEXT_DAY}|${DAYS_LATER}|${WITHIN_HOURS}|the next day|next day|following day|the day after)$`, 'i');
const IS_SAME_MONTH = new RegExp(`^(?:${SAME_MONTH})$`);
const IS_SAME_DAY = new RegExp(`^(?:${SAME_DAY}|${WITHIN_HOURS})$`);

/** "a day after" → clause -1: the act in the following clause happened one day before the main act. "the next
 * day" → discourse +1 from the act told just before (the dates refiner finds it). */
export function relationOf(text: string): DateMention['relation'] {
  const t = text.trim().toLowerCase();
  if (IS_SAME_MONTH.test(t)) return { kind: 'discourse', days: 0, unit: 'month' };
  if (DISCOURSE.test(t)) {
    if (IS_SAME_DAY.test(t)) return { kind: 'discourse', days: 0 };
    if (/previous|day before/.test(t)) return { kind: 'discourse', days: -1 };
    const n = t.match(/^(two|three|four|five|six|\d+)/)?.[1];
    const count = n ? UNITS[n] ?? Number(n) : 1;
    // "three weeks later" is 21 days on; "a week later" 7.
    return { kind: 'discourse', days: /week/.test(t) ? 7 * count : count };
  }
  const m = CLAUSE.exec(t);
  if (!m) return null;
  const n = (UNITS[m[1]!] ?? Number(m[1])) * (/week/.test(m[2]!) ? 7 : 1);
  return { kind: 'clause', days: /after/.test(m[3]!) ? -n : n };
}
