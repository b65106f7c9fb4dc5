// "Bahrain, which cut ties at the same time as Saudi Arabia": an act told as done together with another state's act
// of the same type takes that act's date, and its target when it names none. A cue (cues.json, role 'same-time')
// right after the trigger, then the state whose act is meant.
import type { Refiner } from '../pipeline.ts';
import type { Candidate } from '../types.ts';
import { isBackground } from './dates.background.ts';
import { setSpan } from './clause.ts';

function partnerAct(c: Candidate, candidates: Candidate[]): Candidate | undefined {
  const cue = c.info.cues.find((q) => q.entry.role === 'same-time' && q.t0 >= c.trigger.t1 && q.t0 - c.trigger.t1 <= 3);
  const partner = cue && c.info.mentions.find((m) => m.code && m.t0 === cue.t1);
  if (!partner || partner.code === c.actor?.code) return undefined;
  return candidates.find((o) => o !== c && o.type === c.type && o.actor?.code === partner.code && o.target?.code && o.date
    && !o.rules.includes('date.publication'));
}

export const sameTimeRefiner: Refiner = {
  id: 'same-time',
  refine(ctx, candidates) {
    for (const c of candidates) {
      if (!c.actor?.code) continue;
      const o = partnerAct(c, candidates);
      if (!o) continue;
      if (!c.target?.code && o.target!.code !== c.actor.code) { c.target = o.target; setSpan(c, 'target', o.target!, 'target.same-time'); }
      c.date = o.date; c.granularity = o.granularity;
      c.rules = c.rules.filter((r) => r !== 'date.publication').concat('date.same-time');
      c.background = !!(c.date && c.granularity && ctx.published && isBackground(c.date, c.granularity, ctx.published));
    }
    return candidates;
  },
};
