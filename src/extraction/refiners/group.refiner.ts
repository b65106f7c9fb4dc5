// A group named by number, spelled out in the next sentences: "withdrawing its diplomatic staff from seven Latin
// American countries ... The measure covered Argentina, Chile, Costa Rica, Panama, Peru, the Dominican Republic and
// Uruguay." A candidate left without a target whose object side names "<number> ... countries" (cues.json, role
// 'group') takes each state of the first list of that many states in the two sentences after: one event each. Runs
// after the target stages and before counts (each copy is its own act).
import { mentionsAnnotator } from '../annotators/mentions.annotator.ts';
import type { Refiner } from '../pipeline.ts';
import type { Candidate, Mention } from '../types.ts';
import { parseNumber } from './counts.refiner.ts';
import { setSpan } from './clause.ts';
import { resolveBackActors, resolveBackGroup } from './group.anaphora.ts';

const JOIN = /^(,|and|, and)( the)?$/;

export const groupRefiner: Refiner = {
  id: 'group',
  refine(ctx, candidates, doc) {
    const { tokens } = ctx.analysis;
    const extra: Candidate[] = [];
    for (const c of candidates) {
      extra.push(...resolveBackActors(ctx, c, doc, tokens), ...resolveBackGroup(ctx, c, candidates, tokens));
      const actor = c.actor?.code;
      if (c.target?.code || !actor) continue;
      const group = c.info.cues.find((q) => q.entry.role === 'group' && q.t0 > c.trigger.anchor && q.t0 - c.trigger.t1 <= 6);
      // The number stands at most three words before the group noun ("seven Latin American countries").
      const n = group ? [1, 2, 3].map((d) => parseNumber(ctx, tokens, group.t0 - d)).find((x) => x) : null;
      if (!group || !n || n.value < 2) continue;
      let list: Mention[] = [];
      for (let k = c.info.sentence.index + 1; k <= c.info.sentence.index + 2 && list.length !== n.value; k++) {
        const info = doc.sentences[k];
        if (!info) break;
        if (info.mentions.length === 0) mentionsAnnotator.annotate(ctx, info, doc);
        list = [];
        for (const m of info.mentions.filter((x) => x.code && x.role === 'state' && x.code !== actor)) {
          const last = list[list.length - 1];
          if (last && !JOIN.test(tokens.slice(last.t1, m.t0).map((t) => t.normal).join(' '))) {
            if (list.length === n.value) break;
            list = [];
          }
          list.push(m);
        }
      }
      if (list.length !== n.value) continue;
      const [first, ...rest] = list;
      c.target = first!;
      setSpan(c, 'target', first!, 'target.group-list');
      for (const m of rest) {
        const copy: Candidate = { ...c, key: `${c.key}+g${m.start}`, target: m, rules: [...c.rules], spans: { ...c.spans } };
        setSpan(copy, 'target', m, 'target.group-list');
        extra.push(copy);
      }
    }
    return [...candidates, ...extra];
  },
};
