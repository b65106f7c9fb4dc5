// "The charge d'affaires of Iran in Ukraine was summoned": an envoy's post ("in Ukraine", "to Norway") names the
// host, and only the host summons an envoy; so an agentless passive summons is the post's state's act.
import type { ActorStrategy } from './actor.strategies.ts';

const POST_PREPS = new Set(['in', 'to']);

export const envoyPost: ActorStrategy = ({ ctx, c, voice, tokens }) => {
  if (c.type !== 'summon' || voice !== 'passive') return null;
  const before = c.info.mentions.filter((m) => m.code && m.t1 <= c.trigger.t0);
  for (let k = 1; k < before.length; k++) {
    const [envoy, post] = [before[k - 1]!, before[k]!];
    if (!POST_PREPS.has(post.prep ?? '') || post.t0 - envoy.t1 !== 1 || post.code === envoy.code) continue;
    const titled = envoy.role === 'person' || ctx.codebook.nouns.scan(tokens, c.info.sentence.t0, envoy.t0).some((n) => n.value.role === 'person');
    if (titled) return [post, 'actor.envoy-post'];
  }
  return null;
};
