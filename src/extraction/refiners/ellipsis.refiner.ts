// Gapped coordination in wave reporting: "Italy expelled 30 Russian diplomats and Spain 25", "France sent 35
// Russians home, while Italy expelled 30 and Spain 25". Each state + number after a counted act repeats the act
// with that state as actor and that number as count.
import type { Refiner } from '../pipeline.ts';
import type { Candidate } from '../types.ts';
import { parseNumber } from './counts.refiner.ts';
import { setSpan } from './clause.ts';

const JOIN = new Set(['and', ',', 'while', 'with']);

export const ellipsisRefiner: Refiner = {
  id: 'ellipsis',
  refine(ctx, candidates) {
    const { tokens } = ctx.analysis;
    const extra: Candidate[] = [];
    for (const c of candidates) {
      if (c.count === null || !c.actor?.code || !c.target?.code) continue;
      const nextTrigger = Math.min(...candidates.filter((o) => o.info === c.info && o.trigger.anchor > c.trigger.anchor)
        .map((o) => o.trigger.anchor), c.info.sentence.t1);
      for (const m of c.info.mentions) {
        if (m.t0 <= c.target.t1 || m.t1 >= nextTrigger || !m.code || m.role !== 'state' || m.prep !== null) continue;
        if (!JOIN.has(tokens[m.t0 - 1]?.normal ?? '') && tokens[m.t0 - 1]?.normal !== 'the') continue;
        const at = tokens[m.t1]?.normal === 'with' ? m.t1 + 1 : m.t1;
        const n = parseNumber(ctx, tokens, at);
        if (!n || m.code === c.target.code || m.code === c.actor.code) continue;
        const copy: Candidate = { ...c, key: `${c.key}+e${m.start}`, actor: m, count: n.value, countQualifier: 'exact',
          rules: [...c.rules, 'actor.ellipsis'], spans: { ...c.spans } };
        setSpan(copy, 'actor', m, 'actor.ellipsis');
        extra.push(copy);
      }
    }
    // "two Russian diplomats in March and three more in April": a second act of the same kind, dated on its own.
    for (const c of candidates) {
      if (c.count === null || !c.target) continue;
      for (let k = c.target.t1; k + 2 < c.info.sentence.t1; k++) {
        if (tokens[k]!.normal !== 'and') continue;
        const n = parseNumber(ctx, tokens, k + 1);
        if (!n || tokens[n.t0 + 1]?.normal !== 'more') continue;
        const copy: Candidate = { ...c, key: `${c.key}+m${tokens[k + 1]!.start}`, count: n.value, countQualifier: 'exact',
          rules: [...c.rules, 'count.ellipsis-more'], spans: { ...c.spans },
          trigger: { ...c.trigger, anchor: k + 1, t0: k + 1, t1: k + 3 } };
        extra.push(copy);
        break;
      }
    }
    return [...candidates, ...extra];
  },
};
