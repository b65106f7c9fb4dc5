// Shared by the link stages: scopes of cues, families of acts, and the checks every explicit link must pass.
import type { ExtractionContext } from '../context.ts';
import type { Candidate, Cue } from '../types.ts';

const SCOPE_STOP = new Set([',', ';', '.', ':', '—', '–']);

/** Relative words that keep a comma inside the scope: ", where a consular employee was charged" tells X itself. */
const SCOPE_RELATIVE = new Set(['where']);

/** A prepositional cue's scope runs to the next clause break: "in retaliation for X, ..." */
export function scopeEnd(ctx: ExtractionContext, cue: Cue, limit: number): number {
  const { tokens } = ctx.analysis;
  let k = cue.t1;
  while (k < limit && (!SCOPE_STOP.has(tokens[k]!.normal)
    || (tokens[k]!.normal === ',' && SCOPE_RELATIVE.has(tokens[k + 1]?.normal ?? '')))) k++;
  return k;
}

export function cueText(ctx: ExtractionContext, cue: Cue): { start: number; end: number; text: string } {
  const start = ctx.analysis.tokens[cue.t0]!.start;
  const end = ctx.analysis.tokens[cue.t1 - 1]!.end;
  return { start, end, text: ctx.text.slice(start, end) };
}

/** Acts answer acts of their own family: staff for staff, words for words. */
export const FAMILY: Record<string, string> = {
  expel: 'staff', recall: 'staff', close_mission: 'staff', reduce_staff: 'staff', restrict_diplomats: 'staff',
  downgrade_relations: 'relations', break_relations: 'relations', sanction: 'sanction', detain: 'detain',
  summon: 'words', protest: 'words', accuse: 'words', reject: 'words', threaten: 'words', restore: 'restore',
};

/** Speech acts (summons, protests, accusations, rejections, threats): words, not measures. */
export const isWords = (c: Candidate): boolean => FAMILY[c.type] === 'words';

/** b was done to a by the party a was done to: the reverse direction. */
export function reverse(a: Candidate, b: Candidate): boolean {
  return !!a.actor && !!a.target && b.actor?.code === a.target.code && b.target?.code === a.actor.code;
}

/** Dates at different precision compare on what both state: "2016-12" is not after "2016-12-29". */
export function notLater(earlier: string | null, later: string | null): boolean {
  if (!earlier || !later) return true;
  const n = Math.min(earlier.length, later.length);
  return earlier.slice(0, n) <= later.slice(0, n);
}

/** The rule that gave the act its date last (stages may redate an act; a deadline is not its date). */
export function lastDateRule(c: Candidate): string | undefined {
  return c.rules.filter((r) => r.startsWith('date.') && r !== 'date.deadline').pop();
}

/** What any explicit link must respect, whatever cue proposed it: an act that did not happen or only might
 * ("Russia will not expel anyone in response", "London could answer with a reciprocal expulsion") or a speech act
 * answers nothing,
 * an answer does not come before what it answers, and two acts do not answer each other. */
export function mayAnswer(responder: Candidate, answered: Candidate): boolean {
  if (responder === answered || responder.retaliatesFor) return false;
  if (responder.modality === 'negated' || responder.modality === 'hypothetical') return false;
  // Words are no answer in kind: "Moscow warned of countermeasures" or "promised a symmetrical response" threatens
  // one; a summons or a protest reacts, but what answers is a measure.
  if (isWords(responder)) return false;
  if (answered.retaliatesFor === responder.key) return false;
  // An exchange both sides made ("twelve staff were ordered out by each side") is no one side's act to answer.
  if (answered.rules.includes('actor.pair')) return false;
  // A date that only falls back to the publication day says little of order ("In reply, Algeria declared ..."), but
  // such an act is news: it does not come before an answer told as history.
  const weak = (c: Candidate) => lastDateRule(c) === 'date.publication';
  if ((weak(answered) && !responder.background) || weak(responder)) return true;
  return notLater(answered.date, responder.date);
}

const SAME_NUMBER = /^\W*(?:\S+\s+){0,3}?(the same number|an equal number|as many)\b/i;

/** "three weeks after Berlin expelled the same number of Russian diplomats": an act whose count is the other's. */
function sameNumber(x: Candidate, from: Candidate): void {
  const end = x.spans.trigger?.end;
  if (x.count !== null || from.count === null || end === undefined) return;
  const after = x.info.sentence.text.slice(end - x.info.sentence.start);
  if (!SAME_NUMBER.test(after) && !SAME_NUMBER.test(x.spans.trigger!.text)) return;
  x.count = from.count; x.countQualifier = from.countQualifier;
  x.rules.push('count.same-number');
}

export function setLink(responder: Candidate, answered: Candidate, cue: { start: number; end: number; text: string },
  rule: string, confidence: number): void {
  sameNumber(responder, answered);
  sameNumber(answered, responder);
  responder.retaliatesFor = answered.key;
  responder.link = { kind: 'explicit', cue: cue.text, confidence };
  responder.spans.link = { ...cue, rule };
  responder.rules.push(rule);
}

/** Two reports of one act (same type, sides and date) count as one: "Prague's answer to Russia's expulsion ...,
 * which in turn answered ..." must not leave the expulsion answering the act that answers it. The link of the act
 * whose answered act answers its double goes. */
export function dropMutualLinks(all: Candidate[]): void {
  const byKey = new Map(all.map((c) => [c.key, c]));
  const same = (a: Candidate, b: Candidate) => a.type === b.type && a.actor?.code === b.actor?.code
    && a.target?.code === b.target?.code && a.date === b.date;
  for (const c of all) {
    const answered = c.retaliatesFor ? byKey.get(c.retaliatesFor) : undefined;
    const back = answered?.retaliatesFor ? byKey.get(answered.retaliatesFor) : undefined;
    if (!back || back === c || !same(back, c)) continue;
    c.retaliatesFor = null; c.link = null;
    delete c.spans.link;
    c.rules.push('link.mutual-dropped');
  }
}
