// Which dates in a sentence an act may not take: those inside another act's retaliation cue or relative clause, the
// wire's dateline, and the scope a naming cue gives the answered act. Used by dates.refiner.ts.
import type { Candidate, Cue, DateMention } from '../types.ts';

const SCOPE_STOP = new Set([',', ';', '.', ':']);

export function answeredScope(c: Candidate, tokens: { normal: string }[]): [number, number] | null {
  for (const q of c.info.cues) {
    if (q.entry.id !== 'link.prepositional' || c.trigger.anchor < q.t1) continue;
    let end = q.t1;
    while (end < c.info.sentence.t1 && !SCOPE_STOP.has(tokens[end]!.normal)) end++;
    if (c.trigger.anchor < end) return [q.t1, end];
  }
  return null;
}

/** "Germany, which on Monday expelled four, will lose four of its own", "asked Lithuania to pull its ambassador, which
 * it did in September": a relative clause before or after the trigger dates its own verb, not this act. */
export function relativeScopes(c: Candidate, tokens: { normal: string }[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = c.info.sentence.t0 + 1; k < c.info.sentence.t1; k++) {
    if (tokens[k]!.normal !== 'which' || tokens[k - 1]!.normal !== ',' || (k >= c.trigger.t0 && k < c.trigger.t1)) continue;
    let end = k + 1;
    while (end < c.info.sentence.t1 && tokens[end]!.normal !== ',') end++;
    if (k > c.trigger.t1 || end < c.trigger.anchor) out.push([k, end]);
  }
  return out;
}

/** "since May 2024, when the government sent home Russia's defence attache": the act of a "when" clause right after
 * a date happened then (no other act between). */
export function whenClauseDate(c: Candidate, usable: DateMention[], siblings: Candidate[], tokens: { normal: string }[]): DateMention | undefined {
  return usable.find((d) => {
    const w = tokens[d.t1]?.normal === ',' ? d.t1 + 1 : d.t1;
    return tokens[w]?.normal === 'when' && w < c.trigger.t0
      && !siblings.some((o) => o !== c && o.trigger.anchor > w && o.trigger.anchor < c.trigger.anchor);
  });
}

export function inScope(d: DateMention, scopes: [number, number][]): boolean {
  return scopes.some(([a, b]) => d.t0 >= a && d.t1 <= b);
}

// Cues of manner ("in kind", "the same number of ... last month", "reciprocal") name no other act: a date after
// them is still the act's own. Cues that lead to the answered act ("in retaliation for", "a similar move by") do.
const MANNER_CUES = new Set(['in kind', 'in return', 'in turn', 'reciprocal', 'reciprocity', 'same number', 'equal number',
  'likewise', 'similar', 'tit-for-tat', 'tit for tat', 'retaliatory']);

export function namesOtherAct(q: Cue, tokens: { normal: string }[]): boolean {
  const words = tokens.slice(q.t0, q.t1).map((t) => t.normal);
  return q.entry.id === 'link.prepositional' || !(MANNER_CUES.has(words.join(' ')) || words[0] === 'similar');
}

// "MOSCOW, March 17 (SNA) - Russia ...": the wire's dateline dates the report, not an act answered in it.
const DATELINE_AFTER = new Set(['(', '-', '\u2013', '\u2014', '--']);
export const isDateline = (d: DateMention, tokens: { normal: string }[]) => DATELINE_AFTER.has(tokens[d.t1]?.normal ?? '');
