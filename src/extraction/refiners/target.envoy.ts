// Envoys in summons: whom the summoned envoy with no state belongs to, and who summons one with no agent named.
import type { ExtractionContext } from '../context.ts';
import type { Token } from '../nlp.ts';
import type { Candidate } from '../types.ts';

/** The summoned person is an envoy by title with no state ("Ambassador X", "the charge d'affaires"), on either side
 * of the trigger. */
export function namedEnvoy(ctx: ExtractionContext, c: Candidate, tokens: Token[]): boolean {
  const stated = (k: number) => c.info.mentions.some((m) => m.code && m.t0 <= k && k < m.t1);
  const near = (k: number) => ctx.codebook.nouns.matchAt(tokens, k, c.info.sentence.t1)?.value.role === 'person' && !stated(k);
  for (let k = c.trigger.t1; k < Math.min(c.info.sentence.t1, c.trigger.t1 + 3); k++) if (near(k)) return true;
  for (let k = c.trigger.t0 - 1; k >= Math.max(c.info.sentence.t0, c.trigger.t0 - 6); k--) if (near(k)) return true;
  return false;
}

/** The last act of `code` against another state in c's sentence or the three before. */
export function lastActOf(all: Candidate[], c: Candidate, code: string): Candidate | undefined {
  return all.filter((o) => o.actor?.code === code && o.target?.code && o.target.code !== code
    && o.info.sentence.index <= c.info.sentence.index && o.info.sentence.index >= c.info.sentence.index - 3
    && (o.info !== c.info || o.trigger.anchor < c.trigger.anchor)).pop();
}
