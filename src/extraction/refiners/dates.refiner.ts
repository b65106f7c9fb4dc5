// The act's date: the nearest date in its sentence that is not a deadline and not inside another act's
// retaliation cue ("... in retaliation for a similar move by Moscow last month": "last month" is Moscow's act).
// No date: the publication date (news reports today's acts). Deadlines ("within two weeks") are kept apart and
// counted from the act's day. Acts dated long before publication are background.
import type { Granularity } from '../../core/types.ts';
import type { Refiner } from '../pipeline.ts';
import type { Candidate, DateMention } from '../types.ts';
import { sentenceCandidates, setSpan } from './clause.ts';

const BACKGROUND_DAYS = 120;
const DURATION = /(\d+|a|an|one|two|three|four|five|six|seven|ten|fourteen|thirty)\s+(hour|day|week|month)s?/i;
const SMALL: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  ten: 10, fourteen: 14, thirty: 30 };

/** Last day a date at its granularity covers. */
export function periodEnd(date: string, g: Granularity): Date {
  if (g === 'day') return new Date(`${date}T00:00:00Z`);
  if (g === 'month') { const d = new Date(`${date}-01T00:00:00Z`); d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); return d; }
  return new Date(`${date}-12-31T00:00:00Z`);
}

function deadlineFrom(c: Candidate, d: DateMention): string | null {
  const m = DURATION.exec(d.text);
  if (m && c.granularity === 'day' && c.date) {
    const n = Number(m[1]) || SMALL[m[1]!.toLowerCase()] || 1;
    const hours = { hour: 1, day: 24, week: 168, month: 720 }[m[2]!.toLowerCase() as 'hour'] * n;
    return new Date(new Date(`${c.date}T00:00:00Z`).getTime() + hours * 3600e3).toISOString().slice(0, 10);
  }
  return !m && d.granularity === 'day' ? d.date : null;
}

function inScope(d: DateMention, scopes: [number, number][]): boolean {
  return scopes.some(([a, b]) => d.t0 >= a && d.t1 <= b);
}

/** A date belongs to the trigger nearest to it; one at the head of the sentence ("In January, ...") to all. */
function owner(d: DateMention, siblings: Candidate[], tokens: { normal: string }[]): Candidate | null {
  let best: Candidate | null = null;
  let bestDist = Infinity;
  for (const o of siblings) {
    if (o.fromReference) continue;
    // "summoned the envoy on Wednesday and handed him a note": a date before "and" closes the earlier clause.
    const coordinated = d.t1 <= o.trigger.anchor && tokens.slice(d.t1, o.trigger.anchor).some((t) => t.normal === 'and');
    const dist = (d.t1 <= o.trigger.anchor ? o.trigger.anchor - d.t1 : d.t0 - o.trigger.t1 + 0.5) + (coordinated ? 10 : 0);
    if (dist >= 0 && dist < bestDist) { best = o; bestDist = dist; }
  }
  return best;
}

export const datesRefiner: Refiner = {
  id: 'dates',
  refine(ctx, candidates) {
    for (const c of candidates) {
      const siblings = sentenceCandidates(candidates, c);
      const firstAnchor = siblings[0]?.trigger.anchor ?? c.trigger.anchor;
      const scopes = c.info.cues.filter((q) => q.entry.role === 'link' && q.t0 > c.trigger.anchor)
        .map((q): [number, number] => [q.t0, c.info.sentence.t1]);
      const usable = c.info.dates.filter((d) => !d.deadline && (c.fromReference || !inScope(d, scopes))
        && (d.t1 <= firstAnchor || siblings.length === 1 || owner(d, siblings, ctx.analysis.tokens)?.trigger.anchor === c.trigger.anchor));
      const dist = (d: DateMention) => (d.t1 <= c.trigger.anchor ? c.trigger.anchor - d.t1 : d.t0 - c.trigger.t1 + 0.5);
      const best = usable.sort((a, b) => dist(a) - dist(b))[0];
      if (best) {
        c.date = best.date; c.granularity = best.granularity;
        // "will close the consulate on Friday": a planned act's bare weekday lies ahead, not behind.
        if (c.modality === 'planned' && best.weekdayOnly && ctx.published && c.date < ctx.published) {
          c.date = new Date(Date.parse(`${c.date}T00:00:00Z`) + 7 * 864e5).toISOString().slice(0, 10);
        }
        setSpan(c, 'date', best, best.rule);
      } else if (ctx.published && !c.fromReference) {
        c.date = ctx.published; c.granularity = 'day';
        if (!c.rules.includes('date.publication')) c.rules.push('date.publication');
      }
      const deadline = c.info.dates.find((d) => d.deadline && d.t0 > c.trigger.anchor);
      if (deadline) { c.deadline = deadlineFrom(c, deadline); if (c.deadline) setSpan(c, 'deadline', deadline, 'date.deadline'); }
      if (c.date && c.granularity && ctx.published) {
        const gap = (new Date(`${ctx.published}T00:00:00Z`).getTime() - periodEnd(c.date, c.granularity).getTime()) / 864e5;
        // "in 2020" in an April 2021 article is history even though it ended less than four months before.
        const earlierYear = c.granularity === 'year' && c.date < ctx.published.slice(0, 4);
        if (gap > BACKGROUND_DAYS || earlierYear) { c.background = true; c.rules.push('background.date-gap'); }
      }
    }
    return candidates;
  },
};
