// "Norway closed two Russian consulates on Tuesday, in response to a Russian decision to cap ...": the answered act is
// named but not dated. It came on or before its answer, within weeks, so the answer's year is what the text supports,
// unless the answer falls early in the year (the act may belong to the year before). Runs after merging, so that an
// undated reference first joins a direct report of the same act in the article, which dates it properly.
import type { Refiner } from '../pipeline.ts';
import type { Candidate } from '../types.ts';
import { isBackground } from './dates.background.ts';

/** Days into its year an answer must be for the act it answers to lie in that year too. */
const SAFE_DAY_OF_YEAR = 45;

function safeYear(date: string): string | null {
  const year = date.slice(0, 4);
  if (date.length === 4) return year;
  const start = Date.parse(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`);
  return (start - Date.parse(`${year}-01-01T00:00:00Z`)) / 864e5 >= SAFE_DAY_OF_YEAR ? year : null;
}

function dateByAnswer(c: Candidate, answer: Candidate, published: string | null): void {
  const year = answer.date ? safeYear(answer.date) : null;
  if (!year) return;
  c.date = year; c.granularity = 'year';
  c.rules.push('date.answer-year');
  const span = answer.spans.date ?? answer.spans.trigger;
  if (span) c.spans.date = { start: span.start, end: span.end, text: span.text, rule: 'date.answer-year' };
  c.background = !!published && isBackground(year, 'year', published);
}

export const answerYearRefiner: Refiner = {
  id: 'dates-answer-year',
  refine(ctx, candidates) {
    for (const c of candidates) {
      if (c.date !== null || c.claim) continue;
      const answer = candidates.find((o) => o.retaliatesFor === c.key && o.date);
      if (answer) dateByAnswer(c, answer, ctx.published ?? null);
    }
    return candidates;
  },
};
