// "The ministry took the following steps on 23 September. [...] The envoy's accreditation has been withdrawn.": a
// sentence announcing "the following" steps with a day dates the acts listed after it, across paragraphs, until an
// act with a date of its own.
import { lastYearBefore, statedDay } from '../annotators/narrative-time.ts';
import type { ExtractionContext } from '../context.ts';
import type { Candidate } from '../types.ts';

const ANNOUNCES = /\bthe following\b/i;

export function carryAnnouncedSteps(ctx: ExtractionContext, candidates: Candidate[]): void {
  const published = ctx.published;
  if (!published) return;
  for (const c of candidates) {
    // A threat of further steps is said in the statement itself, on its own day.
    if (!c.rules.includes('date.publication') || c.fromReference || c.modality !== 'fact' || c.type === 'threaten') continue;
    const day = announcedDay(ctx, candidates, c.info.sentence.index, published);
    if (!day) continue;
    c.date = day; c.granularity = 'day';
    c.rules = c.rules.filter((r) => r !== 'date.publication').concat('date.announced-steps');
  }
}

function announcedDay(ctx: ExtractionContext, candidates: Candidate[], index: number, published: string): string | null {
  for (let k = index - 1; k >= 0; k--) {
    const dated = candidates.some((o) => o.info.sentence.index === k && o.date && !o.rules.includes('date.publication')
      && !o.rules.includes('date.announced-steps'));
    if (dated) return null;
    const s = ctx.analysis.sentences[k]!;
    if (!ANNOUNCES.test(ctx.text.slice(s.start, s.end))) continue;
    const year = lastYearBefore(ctx.text, s.start) ?? Number(published.slice(0, 4));
    const day = statedDay(ctx.text, s.start, s.end, year);
    return day && !Number.isNaN(Date.parse(day)) && day <= published ? day : null;
  }
  return null;
}
