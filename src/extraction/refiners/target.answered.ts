// Targets named by another act rather than by the clause: "After Congress passed a sanctions bill, Russia ordered
// ..." (an act answered in its sentence was aimed at the answering state) and "sanctions against the two men" (people
// named again belong to the state the act before was aimed at).
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

/** "The EU froze the assets of Putin and Lavrov. Britain announced sanctions against the two men the same day": people
 * named again by a phrase ("the two men", "the pair") belong to the state of the people the act before was aimed at. */
export const peopleAnaphor: TargetStrategy = ({ c, all }) => {
  const cue = c.info.cues.find((q) => q.entry.role === 'people-anaphor' && q.t0 >= c.trigger.t1 && q.t0 - c.trigger.t1 <= 2);
  if (!cue || !c.actor?.code) return null;
  const before = all.filter((o) => o !== c && o.target?.code && o.target.code !== c.actor!.code
    && c.info.sentence.index - o.info.sentence.index <= 1
    && (o.info.sentence.index < c.info.sentence.index || (o.info === c.info && o.trigger.anchor < c.trigger.anchor))).pop();
  return before ? [before.target!, 'target.people-anaphor'] : null;
};
