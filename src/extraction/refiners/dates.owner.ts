// Which act a date in the sentence belongs to, when the sentence tells several: the nearest, unless a clause
// boundary ("and", a comma after a mid-sentence date, "after ...") puts them apart.
import type { Candidate, DateMention } from '../types.ts';

const OTHER_TIME = new Set(['after', 'before', 'until']);

/** A temporal conjunction between a date and a later act, with no comma after it: the act's clause is its own. */
function opensOtherTime(between: { normal: string }[]): boolean {
  const words = between.map((t) => t.normal);
  const k = Math.max(...[...OTHER_TIME].map((w) => words.lastIndexOf(w)));
  return k >= 0 && !words.slice(k).includes(',');
}

/** A date belongs to the trigger nearest to it; one at the head of the sentence ("In January, ...") to all. */
export function owner(d: DateMention, siblings: Candidate[], tokens: { normal: string }[]): Candidate | null {
  // "has broken relations with neighbours before, most notably with Colombia in 2019": a date right after the act's
  // target closes that act's phrase, however far its verb.
  const closesTarget = siblings.find((o) => !o.fromReference && o.target && o.target.t1 === d.t0 && o.target.t0 > o.trigger.t1);
  if (closesTarget) return closesTarget;
  const closesClause = siblings.some((s) => s.trigger.t1 <= d.t0 && !tokens.slice(s.trigger.t1, d.t0).some((t) => t.normal === ','));
  let best: Candidate | null = null;
  let bestDist = Infinity;
  for (const o of siblings) {
    if (o.fromReference) continue;
    // "summoned the envoy on Wednesday and handed him a note": a date before "and" closes the earlier clause.
    const between = d.t1 <= o.trigger.anchor ? tokens.slice(d.t1, o.trigger.anchor) : tokens.slice(o.trigger.t1, d.t0);
    const coordinated = between.some((t) => t.normal === 'and' || t.normal === ';' || t.normal === 'but')
      // "since May 2024, when the government sent home ...": the date introduces the when-clause after it.
      || (d.t1 > o.trigger.anchor && tokens[d.t1]?.normal === ',' && tokens[d.t1 + 1]?.normal === 'when')
      // "ordered 45 diplomats out in March, accusing them ...": a comma closes the clause of a date that follows an
      // act in that clause; a date heading the sentence ("In March, Poland ...") reaches over its comma.
      || (d.t1 <= o.trigger.anchor && closesClause && between.some((t) => t.normal === ','));
    // "said on Monday, days after the government blamed ...": an act in a clause opened by "after" or "before"
    // happened at another time than the date in front of it.
    if (d.t1 <= o.trigger.anchor && opensOtherTime(between)) continue;
    // "expelled ten in June, answering the Estonian expulsion of ten": a date before a response cue is the answer's.
    if (d.t1 <= o.trigger.anchor && o.info.cues.some((q) => q.entry.id === 'link.prepositional' && q.t0 >= d.t1 && q.t1 <= o.trigger.anchor)) continue;
    const dist = (d.t1 <= o.trigger.anchor ? o.trigger.anchor - d.t1 : d.t0 - o.trigger.t1 + 0.5) + (coordinated ? 10 : 0);
    if (dist >= 0 && dist < bestDist) { best = o; bestDist = dist; }
  }
  return best;
}
