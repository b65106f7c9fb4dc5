// Restatements take the modality of the report they restate, so that merge sees one act: a headline's present
// tense ("France expels 12 officials") compresses the first body report ("France will expel twelve"), and a bare
// noun ("the largest expulsion in 30 years") refers back to an act already announced as planned. After ellipsis,
// so that copied acts ("Germany Expels 40 Russian Diplomats, France 35") are restated too.
import type { Refiner } from '../pipeline.ts';
import type { Candidate } from '../types.ts';

const sameAct = (a: Candidate, b: Candidate) => a.type === b.type && a.actor?.code === b.actor?.code
  && (!a.target?.code || !b.target?.code || a.target.code === b.target.code);

export const restatementsRefiner: Refiner = {
  id: 'restatements',
  refine(_ctx, candidates) {
    echoesFollowReports(candidates);
    return candidates;
  },
};

function echoesFollowReports(candidates: Candidate[]): void {
  const ordered = [...candidates].sort((a, b) => a.info.sentence.index - b.info.sentence.index || a.trigger.anchor - b.trigger.anchor);
  for (const c of candidates) {
    if (c.modality !== 'fact' || c.spans.modality || !c.actor?.code) continue;
    const headline = c.info.sentence.index === 0;
    if (!headline && !c.trigger.rule.nominal) continue;
    const source = ordered.find((o) => o !== c && sameAct(o, c)
      && (headline ? o.info.sentence.index > 0 : o.info.sentence.index < c.info.sentence.index));
    if (source?.modality !== 'planned') continue;
    c.modality = 'planned';
    c.rules.push(headline ? 'modality.headline-lead' : 'modality.nominal-antecedent');
  }
}
