// One act, one event per document: the headline, the lead, a quote and a retaliation reference often report the
// same act. Candidates with the same type, actor, target and modality merge when their dates and counts agree.
// The best-supported report (direct, with a count, the finest date, earliest) stands for the act; links are
// re-pointed to it.
import type { Granularity } from '../../core/types.ts';
import type { Refiner } from '../pipeline.ts';
import type { Candidate } from '../types.ts';

const RANK: Record<Granularity, number> = { day: 3, month: 2, year: 1 };

export function datesCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  if (a.startsWith(b) || b.startsWith(a)) return true;
  if (a.length === 10 && b.length === 10) return Math.abs(Date.parse(a) - Date.parse(b)) <= 864e5;
  return false;
}

/** Direct reports beat references; a count, a finer date, plain narration and the body beat the headline. */
function quality(c: Candidate): number {
  return (c.fromReference ? 0 : 100) + (c.count !== null ? 10 : 0) + (c.granularity ? RANK[c.granularity] : 0)
    + (c.info.quoted.has(c.trigger.anchor) ? 0 : 1) + (c.info.sentence.index === 0 ? 0 : 5);
}

function absorb(into: Candidate, other: Candidate): void {
  if (other.granularity && (!into.granularity || RANK[other.granularity] > RANK[into.granularity]) && !other.rules.includes('date.publication')) {
    into.date = other.date; into.granularity = other.granularity;
    // The span tells where the date came from (its own words, or the act answering it): it goes with the date.
    if (other.spans.date) into.spans.date = other.spans.date;
    else delete into.spans.date;
  }
  if (into.count === null && other.count !== null) { into.count = other.count; into.countQualifier = other.countQualifier; }
  if (other.retaliatesFor && (!into.link || (other.link && other.link.confidence > into.link.confidence))) {
    into.retaliatesFor = other.retaliatesFor; into.link = other.link;
    if (other.spans.link) into.spans.link = other.spans.link;
  }
  into.fromReference = into.fromReference && other.fromReference;
  into.background = into.background && other.background;
  for (const r of other.rules) if (!into.rules.includes(r)) into.rules.push(r);
}

function latest(events: Candidate[]): Candidate | undefined {
  return events.reduce<Candidate | undefined>((best, k) => (!best || (k.date ?? '') > (best.date ?? '') ? k : best), undefined);
}

const modalityClass = (c: Candidate) => (c.modality === 'negated' || c.modality === 'hypothetical' ? 'unreal' : c.modality);

/** "Mexico broke off relations on Friday ... he had instructed the minister to announce the suspension of relations":
 * a suspension by the same state on the day of its break is that break, told more mildly. */
function suspensionsAsBreaks(candidates: Candidate[]): void {
  const breaks = candidates.filter((k) => k.type === 'break_relations' && k.granularity === 'day' && !k.claim);
  for (const c of candidates) {
    if (c.type !== 'downgrade_relations' || c.granularity !== 'day' || c.claim) continue;
    const same = breaks.some((k) => k.actor!.code === c.actor!.code && k.target!.code === c.target!.code
      && modalityClass(k) === modalityClass(c) && datesCompatible(k.date, c.date));
    if (same) { c.type = 'break_relations'; c.rules.push('type.same-day-break'); }
  }
}

export const mergeRefiner: Refiner = {
  id: 'merge',
  refine(_ctx, candidates) {
    suspensionsAsBreaks(candidates);
    const sorted = [...candidates].sort((a, b) => quality(b) - quality(a) || a.trigger.t0 - b.trigger.t0);
    const kept: Candidate[] = [];
    const alias = new Map<string, string>();
    for (const c of sorted) {
      // A tally is never the same thing as one act, even when it counts what that act did.
      const all = kept.filter((k) => k.claim === c.claim && k.type === c.type && k.actor!.code === c.actor!.code && k.target!.code === c.target!.code
        && modalityClass(k) === modalityClass(c) && datesCompatible(k.date, c.date)
        && (k.count === null || c.count === null || k.count === c.count));
      // An undated act named as answered ("a reciprocal response to Algiers' latest expulsion") is the latest such act.
      const same = !c.date && c.rules.includes('date.unknown-answered-act') ? latest(all) : all[0];
      if (same) { absorb(same, c); alias.set(c.key, same.key); } else kept.push(c);
    }
    for (const c of kept) {
      if (c.retaliatesFor) c.retaliatesFor = alias.get(c.retaliatesFor) ?? c.retaliatesFor;
      if (c.retaliatesFor === c.key) { c.retaliatesFor = null; c.link = null; }
    }
    return kept.sort((a, b) => a.trigger.t0 - b.trigger.t0);
  },
};
