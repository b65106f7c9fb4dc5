// Shared geometry for the role refiners: where a trigger's subject and object sides are, and its voice.
import type { Token } from '../nlp.ts';
import type { Candidate, Mention } from '../types.ts';

const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", 'get', 'got', 'gets']);
const ADVERBS = new Set(['also', 'reportedly', 'formally', 'officially', 'now', 'then', 'subsequently', 'later',
  'all', 'both', 'each', 'promptly', 'summarily', 'swiftly', 'quickly', 'already', 'effectively', 'not', 'never']);
const NOUN_POS = new Set(['NOUN', 'PROPN']);
const ORDERED = new Set(['told', 'ordered', 'asked', 'instructed', 'forced', 'required', 'obliged', 'directed']);
// Past participles, regular and the irregular ones trigger verbs use ("told", "sent", "thrown", "shut", "cut").
const PARTICIPLE = /(ed|en|wn|ut|ld|nt|ght)$/;

export type Voice = 'active' | 'passive' | 'nominal';

const SEE = new Set(['see', 'sees', 'saw', 'seen', 'seeing']);

/** "see two of its diplomats expelled": "see", then only its object's words, then the participle. */
function seenDone(c: Candidate, tokens: Token[]): boolean {
  for (let k = c.trigger.anchor - 1; k >= Math.max(c.info.sentence.t0, c.trigger.anchor - 6); k--) {
    const t = tokens[k]!;
    if (SEE.has(t.normal)) return k < c.trigger.anchor - 1;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.normal === ',') return false;
  }
  return false;
}

export function voiceOf(c: Candidate, tokens: Token[]): Voice {
  const anchor = tokens[c.trigger.anchor]!;
  if (c.trigger.rule.passive) return 'passive';
  // "Norway's embassy has been told to shed staff": the ones told are acted upon.
  const [a, b, d] = [tokens[c.trigger.anchor - 3]?.normal, tokens[c.trigger.anchor - 2]?.normal, tokens[c.trigger.anchor - 1]?.normal];
  if (d === 'to' && ORDERED.has(b ?? '') && BE.has(a ?? '')) return 'passive';
  if (c.trigger.rule.nominal) return 'nominal';
  // "Sanctions were imposed on North Korea by Australia": the measure noun is the subject of a passive verb.
  const [be, done] = [tokens[c.trigger.t1]?.normal ?? '', tokens[c.trigger.t1 + 1]?.normal ?? ''];
  if (NOUN_POS.has(anchor.pos) && c.trigger.t1 - c.trigger.t0 === 1 && BE.has(be) && PARTICIPLE.test(done)) return 'passive';
  if (NOUN_POS.has(anchor.pos) && !/(ed|en|s)$/.test(anchor.normal)) return 'nominal';
  let k = c.trigger.anchor - 1;
  while (k >= c.info.sentence.t0 && ADVERBS.has(tokens[k]!.normal)) k--;
  if (k >= c.info.sentence.t0 && BE.has(tokens[k]!.normal) && PARTICIPLE.test(anchor.normal)) return 'passive';
  // "Italy will see two diplomats expelled in return": the subject of "see" undergoes the act.
  if (PARTICIPLE.test(anchor.normal) && seenDone(c, tokens)) return 'passive';
  // "the number of Czech diplomats expelled by Russia": a participle after its noun, with its agent.
  // (A trigger that holds its own object, "dismissed the accusations by Manila", is active: the agent is the accuser's.)
  const ownObject = tokens.slice(c.trigger.anchor + 1, c.trigger.t1).some((t) => NOUN_POS.has(t.pos));
  if (/ed$/.test(anchor.normal) && NOUN_POS.has(tokens[c.trigger.anchor - 1]?.pos ?? '') && tokens[c.trigger.t1]?.normal === 'by' && !ownObject) return 'passive';
  // "persona non grata" after "declared": the declared party is the object, but "X declared Y png" is active.
  return 'active';
}

/** Candidates of the same sentence, in text order. */
export function sentenceCandidates(all: Candidate[], c: Candidate): Candidate[] {
  return all.filter((o) => o.info === c.info).sort((a, b) => a.trigger.anchor - b.trigger.anchor);
}

/** The subject side: from the end of the previous trigger in the sentence (or the sentence start) to the anchor. */
export function leftStart(c: Candidate, siblings: Candidate[]): number {
  let start = c.info.sentence.t0;
  for (const o of siblings) {
    if (o !== c && o.trigger.t1 <= c.trigger.anchor && o.trigger.anchor < c.trigger.anchor) start = Math.max(start, o.trigger.t1);
  }
  return start;
}

/** The object side ends at the next trigger anchor of another type, or the sentence end. */
export function rightEnd(c: Candidate, siblings: Candidate[], tokens?: Token[]): number {
  let end = c.info.sentence.t1;
  for (const o of siblings) {
    // "released a detained Colombian diplomat": a participle before a noun qualifies the object, it opens no clause.
    if (o.trigger.anchor > c.trigger.t1 - 1 && o.trigger.anchor < end && o.type !== c.type && !(tokens && isAttributive(o, tokens))) end = o.trigger.anchor;
  }
  return end;
}

/** "the 20 expelled Czech diplomats": a one-word participle between a determiner or number and its noun. */
export function isAttributive(c: Candidate, tokens: Token[]): boolean {
  const before = tokens[c.trigger.anchor - 1];
  const after = tokens[c.trigger.anchor + 1];
  return c.trigger.t1 - c.trigger.t0 === 1 && /ed$/.test(tokens[c.trigger.anchor]!.normal) && !!before && !!after
    && (before.pos === 'DET' || before.pos === 'NUM') && /^(ADJ|NOUN|PROPN)$/.test(after.pos);
}

export function previousSibling(c: Candidate, siblings: Candidate[]): Candidate | null {
  let prev: Candidate | null = null;
  for (const o of siblings) if (o !== c && o.trigger.anchor < c.trigger.anchor && !o.fromReference) prev = o;
  return prev;
}

export function mentionsIn(c: Candidate, from: number, to: number): Mention[] {
  return c.info.mentions.filter((m) => m.t0 >= from && m.t1 <= to);
}

/** Mentions on the object side: those overlapping the anchor (an object-first pattern) come first. */
export function objectMentions(c: Candidate, to: number): Mention[] {
  return c.info.mentions.filter((m) => m.t1 > c.trigger.anchor && m.t0 < to)
    .sort((a, b) => a.t0 - b.t0);
}

export function setSpan(c: Candidate, field: string, m: { start: number; end: number; text: string }, rule: string): void {
  c.spans[field] = { start: m.start, end: m.end, text: m.text, rule };
  if (!c.rules.includes(rule)) c.rules.push(rule);
}
