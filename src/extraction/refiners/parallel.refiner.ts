// Parallel clauses: "the Czech embassy in Moscow may employ no more than 19 ..., while American missions may employ
// none at all". A clause made by the same rule as the one before it in the sentence, with no actor of its own, is the
// same state's act against another party. Runs after the target refiner, which finds the first clause's actor (the
// host of its mission).
import type { Refiner } from '../pipeline.ts';
import { sentenceCandidates, setSpan } from './clause.ts';

export const parallelRefiner: Refiner = {
  id: 'parallel',
  refine(_ctx, candidates) {
    for (const c of candidates) {
      if (c.actor?.code || !c.target?.code) continue;
      const prev = sentenceCandidates(candidates, c).filter((o) => o.trigger.anchor < c.trigger.anchor).pop();
      if (!prev?.actor?.code || prev.trigger.rule.id !== c.trigger.rule.id || prev.actor.code === c.target.code) continue;
      c.actor = prev.actor;
      setSpan(c, 'actor', prev.actor, 'actor.parallel-clause');
    }
    return candidates;
  },
};
