// Narrative time: explainers tell history paragraph by paragraph, stating a year once and then only months ("The
// next large entries came in 2024. In May, London expelled ... In September, the FSB ..."). A bare month then
// belongs to the year the paragraph last stated, not to the twelve months before publication.

// The lead: title, dateline and first sentences; "on Monday" in a Wednesday paper is still the news of the day,
// further back it is an earlier episode.
export const LEAD_SENTENCES = 4;
export const NEWS_DAYS = 3;

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
// A year stated as the time of what is told: "in 2024", "in May 2024", "on March 3, 2018", "during 2019". Not "since
// 2016" or "until 2020" (a period reaching towards now), not "the 2018 poisoning" (a name), not "the kidnapping last
// year" (relative words date the noun beside them more often than the story).
const STATED_YEAR = new RegExp(
  `(?<!\\b(?:since|until|till|from|before)\\s+(?:${MONTH}\\s+)?(?:\\d{1,2},?\\s+)?)`
  + `\\b(?:(?:in|of|during|by|early|late|mid|mid-|spring|summer|autumn|fall|winter)\\s+|(${MONTH})\\s+(?:(?:and|to|through|or)\\s+${MONTH}\\s+)?(?:\\d{1,2},?\\s+)?)((?:19|20)\\d{2})\\b(?![/-]\\d)`,
  'gi',
);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export interface StatedTime { year: number; month: number | null }

/** The time last stated in text[from, to): "in March 2018" = 2018-03, "in 2024" = 2024, "August and September 2017"
 * = 2017-08 (a span starts at its first month). */
export function statedTime(text: string, from: number, to: number): StatedTime | null {
  let time: StatedTime | null = null;
  for (const m of text.slice(from, to).matchAll(STATED_YEAR)) {
    time = { year: Number(m[2]), month: m[1] ? MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1 : null };
  }
  return time;
}

// "Its reply came on January 23.": a day stated without its year, as the time of what the next sentences tell.
// ... or day first: "on 23 September".
const STATED_DAY = new RegExp(`\\bon\\s+(?:(${MONTH})\\s+(\\d{1,2})\\b|(\\d{1,2})\\s+(${MONTH})(?![\\w.]))(?!,?\\s+(?:19|20)\\d{2})`, 'gi');

/** The last day stated in text[from, to) as "on <Month> <day>" without a year, placed in `year`. */
export function statedDay(text: string, from: number, to: number, year: number): string | null {
  let day: string | null = null;
  for (const m of text.slice(from, to).matchAll(STATED_DAY)) {
    const month = MONTHS.indexOf((m[1] ?? m[4])!.slice(0, 3).toLowerCase()) + 1;
    day = `${year}-${String(month).padStart(2, '0')}-${(m[2] ?? m[3])!.padStart(2, '0')}`;
  }
  return day;
}

// "Last September", "this May", "May of last year": the month is placed by its own words.
const OWN_YEAR_BEFORE = /\b(last|this|next|past|previous|coming)\s*$/i;
const OWN_YEAR_AFTER = /^\s*(of\s+)?(last|this|next|that|the same|the previous|the following)\s+year\b/i;

/** The year last stated between the start of the paragraph holding `to` and `to`, or null. */
export function narrativeYear(text: string, to: number): number | null {
  return statedTime(text, text.lastIndexOf('\n', to - 1) + 1, to)?.year ?? null;
}

/** Is a month named without a year of its own ("In May,", "in late March") rather than "last May", "May of last
 * year"? `before` and `after` are the sentence text around the mention. */
export function isBareMonth(before: string, mention: string, after: string): boolean {
  return !OWN_YEAR_BEFORE.test(before) && !OWN_YEAR_AFTER.test(after) && !/\b(last|this|next|ago|year)\b/i.test(mention);
}

const ANY_YEAR = /\b((?:19|20)\d{2})\b(?![/-]\d|s\b)/g;

/** "In September of that year": the year named last before `to`, however it was named ("the 2018 poisoning"). */
export function lastYearBefore(text: string, to: number): number | null {
  let year: number | null = null;
  for (const m of text.slice(0, to).matchAll(ANY_YEAR)) year = Number(m[1]);
  return year;
}
