// Whom the act is aimed at: the first target strategy (target.strategies.ts) that answers, by the type's role table
// (data/rules/roles.json); a list of targets ("with Congo and Costa Rica") gives one event each.
import type { Refiner } from '../pipeline.ts';
import type { Candidate } from '../types.ts';
import { rightEnd, sentenceCandidates, setSpan } from './clause.ts';
import { coActors } from './actor.helpers.ts';
import { coordinated } from './target.helpers.ts';
import { TARGET_STRATEGIES, type TargetEnv } from './target.strategies.ts';

export const targetRefiner: Refiner = {
  id: 'target',
  refine(ctx, candidates) {
    const { tokens } = ctx.analysis;
    const out: Candidate[] = [];
    for (const c of candidates) {
      const siblings = sentenceCandidates(candidates, c);
      const env: TargetEnv = { ctx, c, all: candidates, siblings, end: rightEnd(c, siblings, tokens), tokens };
      let found: ReturnType<(typeof TARGET_STRATEGIES)[number]> = null;
      for (const strategy of TARGET_STRATEGIES) if ((found = strategy(env))) break;
      out.push(c);
      if (!found) continue;
      const [target, rule] = found;
      c.target = target;
      setSpan(c, 'target', target, rule);
      // "its diplomats from Argentina, Chile and Peru": the list starts at the host named after the own mission.
      const head = rule === 'target.own-mission-host' ? c.info.mentions.find((m) => m.t0 >= target.t1 && m.code === target.code
        && m.t0 < env.end) ?? target : target;
      // "The ambassadors of Spain and Italy were summoned": a passive subject list ends at the verb; its members go left.
      const before = rule === 'target.passive-subject' ? coActors(c, target, tokens).filter((m) => m.code !== c.actor?.code) : [];
      for (const extra of [...before, ...coordinated(c, head, env.end, tokens)]) {
        const copy: Candidate = { ...c, key: `${c.key}+${extra.start}`, target: extra, rules: [...c.rules, 'target.coordination'],
          spans: { ...c.spans } };
        setSpan(copy, 'target', extra, 'target.coordination');
        out.push(copy);
      }
    }
    return out;
  },
};
