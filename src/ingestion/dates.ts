// Publication dates as they appear in article headers and page metadata, to YYYY-MM-DD.
// Hand-written rather than chrono: chrono resolves relative phrases ("Monday") against now,
// and a header line must be an explicit calendar date or nothing.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';

// Each pattern matches at the start of a value; groups are named so order does not matter.
const PATTERNS: RegExp[] = [
  /^(?<y>\d{4})[-/](?<m>\d{1,2})[-/](?<d>\d{1,2})(?=$|[^\d])/,                       // 2026-02-02, 2026/02/02, 2026-02-02T10:00Z
  new RegExp(`^${WEEKDAY}(?<mn>${MONTH})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})\\b`, 'i'), // February 02, 2026
  new RegExp(`^${WEEKDAY}(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mn>${MONTH}),?\\s+(?<y>\\d{4})\\b`, 'i'), // 2 February 2026
  /^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})(?=$|T)/,                                        // 20260202 (some CMS meta tags)
];

// What may follow a date on a header line: a time, a zone, a "|" separator. Nothing wordy.
const TIME_TAIL = /^(?:\s*(?:[,|@·-]|at)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:\(?[A-Z]{2,5}\)?|[+-]\d{2}:?\d{2})?)?\s*$/i;

const LINE_PREFIX = /^(?:published|posted|date|updated|first published)(?:\s+on)?\s*:?\s*/i;

interface DateMatch {
  date: string;
  rest: string;
}

function toIso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function matchDateAtStart(value: string): DateMatch | null {
  for (const pattern of PATTERNS) {
    const found = pattern.exec(value);
    const g = found?.groups;
    if (!found || !g) continue;
    const month = g.m ? Number(g.m) : MONTHS[(g.mn ?? '').toLowerCase().slice(0, 3)];
    const date = toIso(Number(g.y), month ?? 0, Number(g.d));
    if (date) return { date, rest: value.slice(found[0].length) };
  }
  return null;
}

/**
 * A whole line that is a date ("February 02, 2026", "2 Feb. 2026", "Published: 2026-02-02 10:30"), else null.
 * Used on text headers, so anything beyond a time or zone makes it a sentence, not a date line.
 */
export function parseDateLine(line: string): string | null {
  const value = line.trim().replace(LINE_PREFIX, '');
  const found = matchDateAtStart(value);
  return found && TIME_TAIL.test(found.rest) ? found.date : null;
}

/**
 * A metadata value that starts with a date (ISO datetime, RFC 2822 "Mon, 02 Feb 2026 10:00:00 GMT").
 * The date is taken as written, before any zone shift: it is the outlet's own calendar day.
 */
export function parseDateValue(value: string): string | null {
  return matchDateAtStart(value.trim())?.date ?? null;
}

/** Strict ISO date or datetime (JSONL `published`), so a typo is reported rather than guessed. */
export function parseIsoDate(value: string): string | null {
  const found = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  return found ? toIso(Number(found[1]), Number(found[2]), Number(found[3])) : null;
}
