// A demand complied with: "asked Lithuania to pull its ambassador from Beijing, which it did in September". The demand
// is the demander's expulsion (demands refiner); the told state's recall, told by the relative clause, happened too,
// at that clause's own date. Runs after the demands refiner, which names both parties.
import type { Token } from '../nlp.ts';
import type { Refiner } from '../pipeline.ts';
import type { Candidate } from '../types.ts';
import { setSpan } from './clause.ts';

const DOER = new Set(['it', 'they']);

/** The index of "did" in ", which it did" (or "which it duly did") after the trigger, or -1. */
function compliedAt(c: Candidate, tokens: Token[]): number {
  for (let k = c.trigger.t1; k + 3 < c.info.sentence.t1; k++) {
    if (tokens[k]!.normal !== ',' || tokens[k + 1]!.normal !== 'which' || !DOER.has(tokens[k + 2]!.normal)) continue;
    const did = tokens[k + 3]!.normal === 'did' ? k + 3 : tokens[k + 4]?.normal === 'did' ? k + 4 : -1;
    // "which it did not do": refused.
    return did >= 0 && /^(not|n't|never)$/.test(tokens[did + 1]?.normal ?? '') ? -1 : did;
  }
  return -1;
}

export const complianceRefiner: Refiner = {
  id: 'compliance',
  refine(ctx, candidates) {
    const { tokens } = ctx.analysis;
    const extra: Candidate[] = [];
    for (const c of candidates) {
      if (!c.rules.includes('type.demanded-recall') || !c.actor?.code || !c.target?.code) continue;
      const did = compliedAt(c, tokens);
      if (did < 0) continue;
      const { count: _count, ...spans } = c.spans;
      const copy: Candidate = {
        ...c, key: `${c.key}+complied`, type: 'recall', actor: c.target, target: c.actor, count: null, countQualifier: null,
        modality: 'fact', trigger: { ...c.trigger, anchor: did, t0: did, t1: did + 1 },
        rules: [...c.rules.filter((r) => !/^(count|actor|target)\./.test(r)), 'type.complied-demand'], spans,
      };
      setSpan(copy, 'actor', c.target, 'actor.complied-demand');
      setSpan(copy, 'target', c.actor, 'target.complied-demand');
      extra.push(copy);
    }
    return [...candidates, ...extra];
  },
};
