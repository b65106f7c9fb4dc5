// "The British measures ... included the expulsion of the 23 diplomats": a definite "the <number> <people>" naming no
// state is people already told of, in an act of the same kind by the same actor with that very count.
import { parseNumber } from './counts.refiner.ts';
import type { TargetStrategy } from './target.strategies.ts';

export const definiteCount: TargetStrategy = ({ ctx, c, all, tokens }) => {
  const actor = c.actor?.code;
  if (!actor) return null;
  let k = c.trigger.anchor + 1;
  if (tokens[k]?.normal === 'of') k++;
  if (tokens[k]?.normal !== 'the') return null;
  const n = parseNumber(ctx, tokens, k + 1);
  const noun = n && ctx.codebook.nouns.matchAt(tokens, k + 2, c.info.sentence.t1);
  if (!n || noun?.value.role !== 'person' || c.info.mentions.some((m) => m.code && m.t0 <= k + 2 && m.t1 > k + 1)) return null;
  // (Counts are read later: the number is the one right before the earlier target, "23 Russian diplomats".)
  const counted = (t0: number) => [1, 2].some((d) => parseNumber(ctx, tokens, t0 - d)?.value === n.value);
  const told = all.filter((o) => o !== c && o.type === c.type && o.actor?.code === actor && o.target?.code
    && counted(o.target.t0) && o.info.sentence.index <= c.info.sentence.index).pop();
  return told ? [told.target!, 'target.definite-count'] : null;
};
