// Who orders whose envoys out. "China demanded that Lithuania withdraw its ambassador", "told Vilnius to bring its own
// ambassador home": a recall one state orders another to make is that state's expulsion of the envoy (ontology: expel
// = order to leave). The order is the act, so the order verb read as a modality cue ("demanded") does not make it
// hypothetical. Conversely "the State Department ordered U.S. government employees to leave the embassy in Minsk":
// a state ordering its own people out recalls them from the host. Runs after the modality refiner, before counts.
import type { Refiner } from '../pipeline.ts';
import type { Token } from '../nlp.ts';
import type { Candidate } from '../types.ts';
import { LEAVE, ORDER_VERBS } from './actor.helpers.ts';
import { setSpan } from './clause.ts';

const HOST_PREPS = new Set(['in', 'from', 'at']);
// Mass nouns look singular but count no one: "its diplomatic personnel" is not one person.
const MASS = new Set(['staff', 'personnel']);

/** "ordered U.S. government employees to leave the embassy in Minsk": the actor's own people, then a host. */
function ownPeopleOut(c: Candidate, tokens: Token[]): boolean {
  const actor = c.actor;
  if (c.type !== 'expel' || !actor?.code || (c.target && c.target.code !== actor.code)) return false;
  const own = c.info.mentions.find((m) => m.code === actor.code && m !== actor && m.t0 > c.trigger.anchor
    && m.t0 <= c.trigger.t1 && m.prep === null && (m.role === 'person' || m.role === 'government'));
  const host = own && c.info.mentions.find((m) => m.t0 >= own.t1 && m.code && m.code !== actor.code && m.role === 'state'
    && (HOST_PREPS.has(m.prep ?? '') || LEAVE.has(tokens[m.t0 - 1]?.normal ?? '')));
  if (!host) return false;
  c.type = 'recall';
  c.target = host;
  setSpan(c, 'target', host, 'target.own-people-host');
  c.rules.push('type.own-people-out');
  return true;
}


export const orderedRecallRefiner: Refiner = {
  id: 'ordered-recall',
  refine(ctx, candidates) {
    const { tokens } = ctx.analysis;
    for (const c of candidates) {
      if (ownPeopleOut(c, tokens)) continue;
      if (c.type !== 'recall' || !c.orderedParty || !c.actor || c.target?.code !== c.orderedParty.code) continue;
      c.type = 'expel';
      c.rules.push('type.ordered-recall');
      setSpan(c, 'target', c.orderedParty, 'target.ordered-party');
      // The counts refiner counts the target's people; here they are the envoy: "its ambassador" is one.
      const envoy = c.info.mentions.find((m) => m.pronoun === 'own' && m.role === 'person' && m.t0 > c.trigger.anchor - 1
        && m.t0 <= c.trigger.t1);
      const head = envoy ? tokens[envoy.t1 - 1]! : null;
      if (head && head.lemma === head.normal && !/s$/.test(head.normal) && !MASS.has(head.normal)) {
        c.count = 1; c.countQualifier = 'exact';
        setSpan(c, 'count', envoy!, 'count.singular-noun');
      }
      if (c.modality === 'hypothetical' && ORDER_VERBS.has((c.spans.modality?.text ?? '').toLowerCase())) {
        c.modality = 'fact';
        delete c.spans.modality;
      }
    }
    return candidates;
  },
};
