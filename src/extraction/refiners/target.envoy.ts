// Envoys in summons: is the summoned person an envoy by title with no state? (Who summons one with no agent named:
// counterpartOf in target.helpers.ts.)
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
