// Who acts: the first of the actor strategies (actor.strategies.ts) that answers, then every state of a subject or
// agent list ("Poland, Lithuania and Latvia expelled ...", "sanctioned by Britain, Canada and the EU") as a copy.
import type { Refiner } from '../pipeline.ts';
import type { Candidate } from '../types.ts';
import { agentList, coActors } from './actor.helpers.ts';
import { ACTOR_STRATEGIES, type ActorEnv } from './actor.strategies.ts';
import type { Token } from '../nlp.ts';
import { leftStart, mentionsIn, sentenceCandidates, setSpan, voiceOf } from './clause.ts';

/** The state a passive trigger's clause is about: the last one named before it, after any "X said". */
function passiveSubjectCodes(c: Candidate, from: number, tokens: Token[]): Set<string> {
  const said = c.info.cues.filter((q) => q.entry.role === 'attribution' && q.t1 <= c.trigger.anchor
    && !/^(was|were|is|are|been|be|being)$/.test(tokens[q.t0 - 1]?.normal ?? '')).map((q) => q.t1);
  const last = mentionsIn(c, Math.max(from, ...said), c.trigger.anchor).filter((m) => m.code).pop();
  return new Set(last ? [last.code] : []);
}

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
      // A rule that reads the passive ("Russia was behind the attack", "its consul must leave"): the state its clause
      // is about undergoes the act, so no strategy (a speaker carried over, the story's last actor) makes it the actor.
      const undergoes = c.trigger.rule.passive ? passiveSubjectCodes(c, env.from, tokens) : new Set<string>();
      let found: ReturnType<(typeof ACTOR_STRATEGIES)[number]> = null;
      for (const strategy of ACTOR_STRATEGIES) if ((found = strategy(env)) && !undergoes.has(found[0].code)) break;
      if (found && undergoes.has(found[0].code)) found = null;
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
