// An act that another act answers came first. When the answered act has only the publication day (or the news day)
// and its answer is dated earlier by the text ("In reply, Algeria declared twelve ... unwelcome. Paris answered on
// Tuesday ..."), the answered act took place on or before the answer: its month is what the text supports.
import type { Refiner } from '../pipeline.ts';
import type { Candidate } from '../types.ts';

const FALLBACK = ['date.publication', 'date.news-day'];

function datedByText(c: Candidate): boolean {
  return c.granularity === 'day' && !!c.date && !c.rules.some((r) => FALLBACK.includes(r));
}

function sameAct(o: Candidate, c: Candidate): boolean {
  return o.type === c.type && o.actor?.code === c.actor?.code && o.target?.code === c.target?.code && o.modality === c.modality
    && o.date === c.date && o.rules.some((r) => FALLBACK.includes(r)) && !o.claim;
}

/** The month of the answer, marked as a bound (the date span's rule): merging across documents may fold the act
 * into a report dated in the weeks before. */
function beforeAnswer(c: Candidate, answer: Candidate): void {
  c.date = answer.date!.slice(0, 7);
  c.granularity = 'month';
  c.rules = c.rules.filter((r) => !FALLBACK.includes(r)).concat('date.before-answer');
  const span = answer.spans.date ?? answer.spans.trigger;
  if (span) c.spans.date = { start: span.start, end: span.end, text: span.text, rule: 'date.before-answer' };
}

export const answeredDatesRefiner: Refiner = {
  id: 'dates-answered',
  refine(_ctx, candidates) {
    const byKey = new Map(candidates.map((c) => [c.key, c]));
    for (const answer of candidates) {
      const answered = answer.retaliatesFor ? byKey.get(answer.retaliatesFor) : undefined;
      if (!answered || !answered.date || !answer.date || !datedByText(answer)) continue;
      if (!answered.rules.some((r) => FALLBACK.includes(r)) || answered.date <= answer.date) continue;
      // Its other reports in the article (a headline) are the same act and will merge with it.
      for (const c of candidates.filter((o) => o === answered || sameAct(o, answered))) beforeAnswer(c, answer);
    }
    return candidates;
  },
};
