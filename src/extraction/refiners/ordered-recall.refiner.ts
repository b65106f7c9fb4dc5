// "China demanded that Lithuania withdraw its ambassador", "told Vilnius to bring its own ambassador home": a recall
// one state orders another to make is that state's expulsion of the envoy (ontology: expel = order to leave). The
// order is the act, so the order verb read as a modality cue ("demanded") does not make it hypothetical. Runs after
// the modality refiner, before counts ("its ambassador" = 1).
import type { Refiner } from '../pipeline.ts';
import { setSpan } from './clause.ts';

const ORDER_WORDS = /^(order|orders|ordered|told|tell|tells|asked|ask|asks|demanded|demands|demanding|required|requires|instructed|insisted|urged)$/i;

export const orderedRecallRefiner: Refiner = {
  id: 'ordered-recall',
  refine(ctx, candidates) {
    const { tokens } = ctx.analysis;
    for (const c of candidates) {
      if (c.type !== 'recall' || !c.orderedParty || !c.actor || c.target?.code !== c.orderedParty.code) continue;
      c.type = 'expel';
      c.rules.push('type.ordered-recall');
      setSpan(c, 'target', c.orderedParty, 'target.ordered-party');
      // The counts refiner counts the target's people; here they are the envoy: "its ambassador" is one.
      const envoy = c.info.mentions.find((m) => m.pronoun === 'own' && m.role === 'person' && m.t0 > c.trigger.anchor - 1
        && m.t0 <= c.trigger.t1);
      const head = envoy ? tokens[envoy.t1 - 1]! : null;
      if (head && head.lemma === head.normal && !/s$/.test(head.normal)) {
        c.count = 1; c.countQualifier = 'exact';
        setSpan(c, 'count', envoy!, 'count.singular-noun');
      }
      if (c.modality === 'hypothetical' && ORDER_WORDS.test(c.spans.modality?.text ?? '')) {
        c.modality = 'fact';
        delete c.spans.modality;
      }
    }
    return candidates;
  },
};
