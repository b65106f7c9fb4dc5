// "six British diplomats had lost their accreditation; in March two more were ordered to leave": a passive subject
// "<number> more" names no state; they are more of the same people, sent by the same state as the last such act in
// this sentence or the two before.
import type { Mention } from '../types.ts';
import { setSpan } from './clause.ts';
import type { TargetStrategy } from './target.strategies.ts';

const MORE = new Set(['more', 'others']);
const AUX = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'had', 'has', 'have', 'will', 'would', 'also']);

export const moreOfTheSame: TargetStrategy = ({ c, all, tokens }) => {
  let k = c.trigger.t0 - 1;
  while (k > c.info.sentence.t0 && AUX.has(tokens[k]!.normal)) k--;
  if (k === c.trigger.t0 - 1 || !MORE.has(tokens[k]!.normal) || tokens[k - 1]?.pos !== 'NUM') return null;
  const i = c.info.sentence.index;
  const prev = all.filter((o) => o !== c && o.type === c.type && o.target?.code && o.actor?.code
    && (o.info === c.info ? o.trigger.anchor < c.trigger.anchor : o.info.sentence.index < i && i - o.info.sentence.index <= 2)).pop();
  if (!prev) return null;
  if (!c.actor?.code) { c.actor = prev.actor as Mention; setSpan(c, 'actor', prev.actor!, 'actor.more-of-the-same'); }
  return c.actor.code === prev.actor!.code ? [prev.target!, 'target.more-of-the-same'] : null;
};
