// "... in response to a new sanctions bill approved by the U.S. Congress", "After Congress passed a sanctions bill,
// Russia ordered ...": an act that another act of the sentence answers, and that names no target of its own, was
// aimed at the state answering it.
import type { Candidate, Mention } from '../types.ts';
import type { TargetStrategy } from './target.strategies.ts';

const STOP = new Set([',', ';', '.', ':']);

/** The sibling whose retaliation cue ("in response to") opens the phrase this act stands in. */
function answeringBefore(c: Candidate, siblings: Candidate[], tokens: { normal: string }[]): Candidate | undefined {
  const cue = c.info.cues.find((q) => q.entry.id === 'link.prepositional' && q.t1 <= c.trigger.t0
    && !tokens.slice(q.t1, c.trigger.t0).some((t) => STOP.has(t.normal)));
  return cue ? siblings.filter((o) => o !== c && o.trigger.anchor < cue.t0).pop() : undefined;
}

/** "After X did this, Y did that": the first act of the main clause after a sentence-opening "After" clause. */
function answeringAfter(c: Candidate, siblings: Candidate[], tokens: { normal: string }[]): Candidate | undefined {
  if (tokens[c.info.sentence.t0]?.normal !== 'after') return undefined;
  let comma = c.trigger.t1;
  while (comma < c.info.sentence.t1 && tokens[comma]!.normal !== ',') comma++;
  return siblings.find((o) => o.trigger.anchor > comma);
}

export const answeredAct: TargetStrategy = ({ c, siblings, tokens }) => {
  const a = c.actor;
  if (!a?.code) return null;
  const by = answeringBefore(c, siblings, tokens) ?? answeringAfter(c, siblings, tokens);
  const responder: Mention | null | undefined = by?.actor;
  return responder?.code && responder.code !== a.code ? [responder, 'target.answering-state'] : null;
};
