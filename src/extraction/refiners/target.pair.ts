// Targets of acts between two states named together: "Relations between Beijing and Vilnius ...", "Cuba and the
// United States restored relations", "Canada and India expelled each other's diplomats".
import { EACH_OTHER, SYMMETRIC, joinedBy } from './target.helpers.ts';
import type { TargetStrategy } from './target.strategies.ts';

/** "Relations between Beijing and Vilnius have been strained since China reduced its ties": the other of the pair. */
export const betweenPair: TargetStrategy = ({ c, tokens }) => {
  const a = c.actor;
  if (!a || !SYMMETRIC.has(c.type)) return null;
  for (const m of c.info.mentions) {
    if (!m.code || tokens[m.t0 - 1]?.normal !== 'between') continue;
    const other = c.info.mentions.find((x) => x.code && x.t0 > m.t1 && joinedBy(tokens, m.t1, x.t0));
    if (other && (m.code === a.code || other.code === a.code) && m.code !== other.code) {
      return [m.code === a.code ? other : m, 'target.between-pair'];
    }
  }
  return null;
};

/** "Cuba and the United States restored relations", "Canada and India expelled each other's diplomats". */
export const coSubject: TargetStrategy = ({ c, tokens }) => {
  const a = c.actor;
  if (!a || (!SYMMETRIC.has(c.type) && !EACH_OTHER.test(c.info.sentence.text))) return null;
  const partner = c.info.mentions.find((m) => m.code && m.code !== a.code && m.t1 <= c.trigger.anchor
    && (joinedBy(tokens, a.t1, m.t0) || joinedBy(tokens, m.t1, a.t0)));
  return partner ? [partner, 'target.co-subject'] : null;
};
