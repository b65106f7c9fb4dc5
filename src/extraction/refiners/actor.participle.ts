// The participle-clause actor strategy: "..., warning that ...", "..., calling X an interference" have the subject
// of the verb before the comma. Kept apart from actor.strategies.ts for its size.
import type { ActorStrategy } from './actor.strategies.ts';
import { previousSibling } from './clause.ts';

const FALLBACK = new Set(['accuse', 'protest', 'reject', 'threaten']);
const SUBORDINATE = /^(after|when|because|as|since|while|although|once|before|if|which|who)$/;

/** "... and froze trade with Canada, calling the statement an interference in its affairs": a judgement in a
 * participle clause after a comma is the word of the subject of the verb before it, not of the speaker of the day. */
export const participleClause: ActorStrategy = ({ c, siblings, tokens }) => {
  const prev = previousSibling(c, siblings);
  // "ordered X's envoy out, warning that X's decision would have consequences": a speech verb that is itself the
  // participle after the comma has the same subject, whatever state its complement names first.
  // (The tagger often reads such a "warning" as a noun; after a comma with no determiner it heads a clause.)
  const opens = FALLBACK.has(c.type) && tokens[c.trigger.t0 - 1]?.normal === ',' && /ing$/.test(tokens[c.trigger.t0]!.normal);
  if (!prev?.actor?.code) return null;
  // ("After London expelled 23, Moscow hit back, warning ...": an act in a clause of time or cause is not the main verb.)
  const subordinate = tokens.slice(c.info.sentence.t0, prev.trigger.t0).some((t) => SUBORDINATE.test(t.normal));
  if (opens && !subordinate) return [prev.actor, 'actor.participle-clause'];
  if (!c.trigger.rule.actorFromSpeaker) return null;
  for (let k = c.trigger.t0; k > prev.trigger.t1; k--) {
    const t = tokens[k]!;
    if (t.normal === ';' || c.info.cues.some((q) => q.entry.role === 'attribution' && q.t0 === k)) return null;
    if (tokens[k - 1]!.normal === ',' && t.pos === 'VERB' && /ing$/.test(t.normal)) return [prev.actor, 'actor.participle-clause'];
  }
  return null;
};
