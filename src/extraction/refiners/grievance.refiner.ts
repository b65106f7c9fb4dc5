// The grievance of a summons or protest: "summoned China's ambassador over the sanctions imposed on British
// lawmakers". An act named after "over/about/against" that follows such a verb, and that the clause gives no agent of
// its own, is the act of the state summoned or protested against, aimed at the protesting state (or at the state named
// after the act). Runs after the target refiner: both sides of the protest must be known.
import type { Refiner } from '../pipeline.ts';
import type { Candidate } from '../types.ts';
import { isUnderPreposition } from './actor.helpers.ts';
import { objectMentions, previousSibling, rightEnd, sentenceCandidates, setSpan } from './clause.ts';

const PROTESTS = new Set(['summon', 'protest']);
// The ways the actor refiner fills a side without reading this clause itself.
const BORROWED = /^actor\.(coordination|discourse|speaker|subject)$/;

function grievanceOf(c: Candidate, siblings: Candidate[]): Candidate | null {
  const prev = previousSibling(c, siblings);
  if (!prev || !PROTESTS.has(prev.type) || !prev.actor?.code || !prev.target?.code || prev.type === c.type) return null;
  return c.trigger.anchor > prev.trigger.t1 ? prev : null;
}

export const grievanceRefiner: Refiner = {
  id: 'grievance',
  refine(ctx, candidates) {
    const { tokens } = ctx.analysis;
    for (const c of candidates) {
      if (!isUnderPreposition(tokens, c.trigger.anchor, c.info.sentence.t0)) continue;
      if (!BORROWED.test(c.spans.actor?.rule ?? 'actor.coordination')) continue;
      const siblings = sentenceCandidates(candidates, c);
      const prev = grievanceOf(c, siblings);
      if (!prev) continue;
      const actor = prev.target!;
      const after = objectMentions(c, rightEnd(c, siblings));
      // "the sanctions imposed by the European Union": the clause names its own agent.
      if (after.some((m) => m.code && m.prep === 'by')) continue;
      const named = after.find((m) => m.code && m.code !== actor.code);
      c.actor = actor;
      setSpan(c, 'actor', actor, 'actor.grievance');
      c.target = named ?? prev.actor!;
      setSpan(c, 'target', c.target, named ? 'target.object' : 'target.grievance');
    }
    return candidates;
  },
};
