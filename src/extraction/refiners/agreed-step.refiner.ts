// "India and Canada on Thursday named new high commissioners, completing a step the two prime ministers had agreed in
// June": the act fulfils an agreement made earlier, and an agreement to act is the act by corpus convention (see
// docs/gold-review.md, 124). The agreement is told here only by its date: one more event of the same type and sides,
// on that date. A cue (cues.json, role 'agreed-step') opens the phrase; an agreeing verb and a date must follow it.
import type { Refiner } from '../pipeline.ts';
import type { Candidate } from '../types.ts';
import { isBackground } from './dates.background.ts';
import { setSpan } from './clause.ts';

const AGREEING = /^(agreed|agree|reached|struck)$/;
const REACH = 10;

function agreement(ctx: Parameters<Refiner['refine']>[0], c: Candidate): Candidate | null {
  const { tokens } = ctx.analysis;
  const cue = c.info.cues.find((q) => q.entry.role === 'agreed-step' && q.t0 >= c.trigger.t1 && q.t0 - c.trigger.t1 <= 8);
  if (!cue) return null;
  const verb = tokens.slice(cue.t1, cue.t1 + REACH).findIndex((t) => AGREEING.test(t.normal));
  if (verb < 0) return null;
  const from = cue.t1 + verb;
  const date = c.info.dates.find((d) => !d.deadline && d.relation === null && d.t0 > from && d.t0 - from <= 3);
  if (!date || date.date === c.date) return null;
  const copy: Candidate = { ...c, key: `${c.key}+agreed`, date: date.date, granularity: date.granularity, modality: 'fact',
    retaliatesFor: null, link: null, count: null, countQualifier: null, rules: [...c.rules.filter((r) => !r.startsWith('date.')), 'act.agreed-step'],
    spans: { ...c.spans } };
  setSpan(copy, 'date', date, date.rule);
  copy.background = !!(ctx.published && isBackground(date.date, date.granularity, ctx.published));
  return copy;
}

export const agreedStepRefiner: Refiner = {
  id: 'agreed-step',
  refine(ctx, candidates) {
    const extra: Candidate[] = [];
    for (const c of candidates) {
      if (c.modality !== 'fact' || !c.actor?.code || !c.target?.code || c.fromReference) continue;
      const copy = agreement(ctx, c);
      if (copy) extra.push(copy);
    }
    return [...candidates, ...extra];
  },
};
