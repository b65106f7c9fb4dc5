// A recall demanded by the host is the host's act: "demanded that Vilnius withdraw its ambassador from Beijing" is
// China expelling Lithuania's envoy, and "asked Canada to withdraw 41 of its 62 diplomats" is India cutting the
// Canadian mission (reduce_staff, 41 people). The demand, not the withdrawal it asks for, is what happened.
import type { Refiner } from '../pipeline.ts';
import type { Candidate } from '../types.ts';
import { leftStart, sentenceCandidates, setSpan } from './clause.ts';
import { parseNumber } from './counts.refiner.ts';

const DEMAND = /^(demand|demanded|demanding|demands|ask|asked|asking|asks|tell|told|telling|tells|urge|urged|urging|urges|request|requested|requesting|force|forced|forcing|forces)$/;

const ENVOY = /^(ambassador|envoy|commissioner|charge|chargé)$/;

const IMPOSED = new Set(['reduce_staff', 'close_mission', 'expel']);

/** "[the Russian ministry said] London must reduce its staff": a measure the speaker lays on another state. */
function mustDirective(c: Candidate, tokens: { normal: string }[]): boolean {
  const speaker = c.info.speaker;
  if (!IMPOSED.has(c.type) || !speaker?.code || !c.actor?.code) return false;
  if (tokens[c.trigger.anchor - 1]?.normal !== 'must' || c.trigger.rule.passive) return false;
  return (!c.target?.code || speaker.code === c.target.code) && speaker.code !== c.actor.code;
}

export const demandsRefiner: Refiner = {
  id: 'demands',
  refine(ctx, candidates) {
    const { tokens } = ctx.analysis;
    for (const c of candidates) {
      if (mustDirective(c, tokens)) {
        // "Moscow said London must reduce the size of its mission": the speaker imposes the cut on the subject.
        const imposer = c.info.speaker!;
        const subject = c.actor!;
        c.target = subject; c.actor = imposer;
        setSpan(c, 'actor', imposer, 'actor.must-directive');
        setSpan(c, 'target', subject, 'target.must-directive');
        continue;
      }
      if (c.type !== 'recall' || !c.actor?.code || !c.target?.code) continue;
      const from = Math.max(leftStart(c, sentenceCandidates(candidates, c)), c.trigger.t0 - 8);
      let k = c.trigger.t0 - 1;
      while (k >= from && !DEMAND.test(tokens[k]!.normal)) k--;
      if (k < from) continue;
      // The party told to withdraw is named right after the demand ("asked Canada to", "demanded that Vilnius").
      const told = c.info.mentions.find((m) => m.code && m.t0 > k && m.t1 <= c.trigger.t0);
      if (!told) continue;
      const demander = told.code === c.actor.code ? c.target : told.code === c.target.code ? c.actor : null;
      if (!demander) continue;
      // A number of people withdrawn is a cut of the mission; the envoy or all staff going is an expulsion.
      let n: ReturnType<typeof parseNumber> = null;
      for (let i = c.trigger.anchor + 1; i < c.trigger.t1 && !n; i++) n = parseNumber(ctx, tokens, i);
      c.type = n ? 'reduce_staff' : 'expel';
      c.actor = demander;
      c.target = { ...told, code: told.code };
      const envoy = tokens.slice(c.trigger.t0, c.trigger.t1 + 2).some((t) => ENVOY.test(t.normal));
      if (n || envoy) { c.count = n ? n.value : 1; c.countQualifier = 'exact'; }
      // "asked" and "demanded" read as doubt about the withdrawal; the demand itself was made.
      if (c.spans.modality && DEMAND.test(tokens.find((t) => t.start === c.spans.modality!.start)?.normal ?? '')) {
        c.modality = 'fact';
        delete c.spans.modality;
      }
      c.rules.push(n ? 'type.demanded-cut' : 'type.demanded-recall');
      ctx.debug(() => `${c.key} demanded recall → ${c.type} ${c.actor?.code}>${c.target?.code}`);
    }
    return candidates;
  },
};
