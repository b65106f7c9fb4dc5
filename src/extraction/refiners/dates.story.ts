// The time of the story told before an undated act: the act of the nearest sentence that tells one in its paragraph,
// or the time a sentence without acts states ("Its reply came on January 23.", "The ledger opens in March 2018.",
// "Latvia joined later that day."). Used by carryParagraphDates in dates.discourse.ts.
import { lastYearBefore, statedDay, statedTime } from '../annotators/narrative-time.ts';
import type { ExtractionContext } from '../context.ts';
import type { Granularity } from '../../core/types.ts';
import type { Candidate } from '../types.ts';
import { isBackground, periodEnd } from './dates.background.ts';

const iso = (d: Date): string => d.toISOString().slice(0, 10);
// A sentence placing its story on the day just told.
const SAME_DAY = /\b(later that day|that same day|the same day|earlier that day)\b/i;

/** "Tehran's reply was measured.": a paragraph that opens by naming a reply goes on with the story of the one before. */
const REPLY = /^(reply|response|reaction|answer|retort)$/;
function opensWithReply(ctx: ExtractionContext, sentence: { t0: number; t1: number }): boolean {
  return ctx.analysis.tokens.slice(sentence.t0, Math.min(sentence.t1, sentence.t0 + 4)).some((t) => REPLY.test(t.normal));
}

export function storyTime(ctx: ExtractionContext, candidates: Candidate[], index: number, crossOnce = false): { date: string; granularity: Granularity; rule: string } | null {
  // A paragraph break ends the story, except once into a paragraph continuing the occasion ("The ministry also ...")
  // or one that opens by naming a reply (then at month precision: the reply came later).
  let cross = crossOnce;
  let crossed = false;
  for (let k = index - 1; k >= 0; k--) {
    const before = ctx.analysis.sentences[k]!;
    const next = ctx.analysis.sentences[k + 1]!;
    if (ctx.text.slice(before.end, next.start).includes('\n')) {
      if (cross && k === index - 1) cross = false;
      else if (!crossed && opensWithReply(ctx, next)) crossed = true;
      else return null;
    }
    // Further back than the sentence just before, only acts with both sides count (the rest are dropped later).
    const told = candidates.filter((o) => o.info.sentence.index === k && (k === index - 1 || (o.actor && o.target)));
    const prev = told.filter((o) => o.date && !o.rules.includes('date.publication') && !o.claim).pop();
    // (A reply told in the next paragraph came later, on a day the text does not give: its month.)
    if (prev?.date && prev.granularity && crossed) return { date: prev.date.slice(0, 7), granularity: prev.granularity === 'year' ? 'year' : 'month', rule: 'date.discourse-reply' };
    if (prev?.date && prev.granularity) return { date: prev.date, granularity: prev.granularity, rule: 'date.discourse' };
    if (told.length) return null;
    // "Latvia joined later that day. Riga lowered ...": the day of the last act told before.
    if (SAME_DAY.test(ctx.text.slice(before.start, before.end))) {
      const last = candidates.filter((o) => o.info.sentence.index < k && o.granularity === 'day' && o.date && o.actor && o.target
        && !o.rules.includes('date.publication')).sort((a, b) => a.info.sentence.index - b.info.sentence.index).pop();
      return last ? { date: last.date!, granularity: 'day', rule: 'date.discourse-same-day' } : null;
    }
    const day = storyDay(ctx, before.start, before.end);
    if (day) return { date: day, granularity: 'day', rule: 'date.discourse-stated-day' };
    const stated = statedTime(ctx.text, before.start, before.end);
    if (!stated) continue;
    const granularity = stated.month ? 'month' : 'year';
    const date = stated.month ? `${stated.year}-${String(stated.month).padStart(2, '0')}` : String(stated.year);
    if (iso(periodEnd(date, granularity)) >= ctx.published! || tellsNews(ctx, candidates, k)) return null;
    return { date, granularity, rule: 'date.discourse-stated-time' };
  }
  return null;
}

/** "Its reply came on January 23. The Russian foreign ministry downgraded ...": the day, in the year the story last
 * stated (else the publication's), a year earlier if that would put it after publication. */
function storyDay(ctx: ExtractionContext, from: number, to: number): string | null {
  const published = ctx.published!;
  const year = lastYearBefore(ctx.text, from) ?? Number(published.slice(0, 4));
  const day = statedDay(ctx.text, from, to, year);
  if (!day || Number.isNaN(Date.parse(day))) return null;
  return day <= published ? day : statedDay(ctx.text, from, to, year - 1);
}

/** "Estonia expelled a diplomat on Monday. The two first clashed in 2019. Tallinn also closed ...": a paragraph that
 * opened with current news keeps telling it; the stated year was an aside. */
function tellsNews(ctx: ExtractionContext, candidates: Candidate[], k: number): boolean {
  const from = ctx.text.lastIndexOf('\n', ctx.analysis.sentences[k]!.start) + 1;
  return candidates.some((o) => o.info.sentence.index < k && o.info.sentence.start >= from && o.actor && o.target
    && o.date !== null && o.granularity !== null && !isBackground(o.date, o.granularity, ctx.published!));
}
