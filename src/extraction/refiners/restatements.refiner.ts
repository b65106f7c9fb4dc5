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
  refine(ctx, candidates) {
    echoesFollowReports(candidates);
    agreementContents(candidates, ctx.analysis.tokens);
    return candidates;
  },
};

// By corpus convention an agreement to act is the act ("agreed on Friday to re-establish relations" is a fact).
const AGREED = /^(agreed|agree|agrees|committed|pledged)$/;
const AGREEMENT_REACH = 2;

/** "Saudi Arabia and Iran agreed to re-establish relations. A joint statement said Riyadh and Tehran would resume
 * relations": what the parties would do under an agreement reported just before restates that agreement. Runs before
 * dates: a plan with a date of its own ("would reopen its embassy in June") is a step of its own. */
function agreementContents(candidates: Candidate[], tokens: { normal: string }[]): void {
  const agreed = candidates.filter((o) => o.modality === 'fact' && o.actor?.code && o.target?.code
    && tokens.slice(Math.max(o.info.sentence.t0, o.trigger.t0 - 5), o.trigger.t0).some((t) => AGREED.test(t.normal)));
  for (const c of candidates) {
    if (c.modality !== 'planned' || !c.actor?.code || !c.target?.code || c.info.dates.some((d) => !d.deadline)) continue;
    const source = agreed.find((o) => o.info.sentence.index < c.info.sentence.index
      && c.info.sentence.index - o.info.sentence.index <= AGREEMENT_REACH && o.type === c.type
      && o.actor!.code === c.actor!.code && o.target!.code === c.target!.code);
    if (!source) continue;
    c.modality = 'fact';
    c.rules.push('modality.agreement-content');
  }
}

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
