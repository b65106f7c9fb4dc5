// Who acts: the first of the actor strategies (actor.strategies.ts) that answers, then every state of a subject or
// agent list ("Poland, Lithuania and Latvia expelled ...", "sanctioned by Britain, Canada and the EU") as a copy.
import type { Refiner } from '../pipeline.ts';
import type { Candidate } from '../types.ts';
import { agentList, coActors } from './actor.helpers.ts';
import { ACTOR_STRATEGIES, type ActorEnv } from './actor.strategies.ts';
import { leftStart, sentenceCandidates, setSpan, voiceOf } from './clause.ts';

// Rules whose actor is a subject, so that the states listed before it act too ("Poland and Lithuania said ...").
const LISTED = new Set(['actor.subject', 'actor.speaker', 'actor.passive-announcer']);

export const actorRefiner: Refiner = {
  id: 'actor',
  refine(ctx, candidates, doc) {
    const { tokens } = ctx.analysis;
    const extra: Candidate[] = [];
    for (const c of candidates) {
      const siblings = sentenceCandidates(candidates, c);
      const env: ActorEnv = { ctx, doc, c, all: candidates, siblings, from: leftStart(c, siblings), voice: voiceOf(c, tokens), tokens };
      let found: ReturnType<(typeof ACTOR_STRATEGIES)[number]> = null;
      for (const strategy of ACTOR_STRATEGIES) if ((found = strategy(env))) break;
      if (!found) continue;
      const [actor, rule] = found;
      c.actor = actor;
      setSpan(c, 'actor', actor, rule);
      const list = LISTED.has(rule) ? coActors(c, actor, tokens) : rule === 'actor.passive-agent' ? agentList(c, actor, tokens) : [];
      for (const other of list) {
        const copy: Candidate = { ...c, key: `${c.key}+a${other.start}`, actor: other, rules: [...c.rules], spans: { ...c.spans } };
        setSpan(copy, 'actor', other, 'actor.coordination-list');
        extra.push(copy);
      }
    }
    return [...candidates, ...extra];
  },
};
