// "Each country has expelled at least a dozen of the other's officials", "both countries have expelled dozens of
// each other's diplomats": one reciprocal tally is two claims, one per direction, between the two states the article
// is about (the pair most of its acts are between). The words that mark it are data (cues.json, claim.reciprocal).
import type { Candidate, Mention } from '../types.ts';

/** The pair of states most acts of the document are between, with a mention of each; ties go to the first told. */
function dominantPair(candidates: Candidate[]): [Mention, Mention] | null {
  const tally = new Map<string, { n: number; sides: [Mention, Mention] }>();
  for (const c of candidates) {
    if (c.claim || c.fromReference || c.dropped || !c.actor?.code || !c.target?.code) continue;
    const [x, y] = c.actor.code < c.target.code ? [c.actor, c.target] : [c.target, c.actor];
    const key = `${x.code}|${y.code}`;
    const entry = tally.get(key) ?? { n: 0, sides: [x, y] as [Mention, Mention] };
    entry.n++;
    tally.set(key, entry);
  }
  let best: { n: number; sides: [Mention, Mention] } | null = null;
  for (const entry of tally.values()) if (!best || entry.n > best.n) best = entry;
  return best?.sides ?? null;
}

/** Sets the sides of reciprocal claims and returns their mirrors (the other direction) to add. */
export function mirrorReciprocalClaims(candidates: Candidate[]): Candidate[] {
  const reciprocal = candidates.filter((c) => c.claim && c.info.cues.some((q) => q.entry.id === 'claim.reciprocal'));
  if (reciprocal.length === 0) return [];
  const pair = dominantPair(candidates);
  if (!pair) return [];
  const side = (m: Mention, rule: string): Mention => ({ ...m, rule });
  return reciprocal.map((c) => {
    c.actor = side(pair[0], 'actor.reciprocal-pair');
    c.target = side(pair[1], 'target.reciprocal-pair');
    c.rules.push('claim.reciprocal');
    return { ...c, key: `${c.key}.mirror`, actor: side(pair[1], 'actor.reciprocal-pair'), target: side(pair[0], 'target.reciprocal-pair'),
      rules: [...c.rules], spans: { ...c.spans } };
  });
}
