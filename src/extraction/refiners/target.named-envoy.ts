// "ordered Ambassador Anna Berg out", "Ambassador Anna Berg was summoned": an envoy named by title and name with no
// state of their own is, in a story of two sides, the envoy of the side the actor is dealing with: the other party of
// the acts told so far with the actor on one side.
import type { Token } from '../nlp.ts';
import type { Candidate, Mention } from '../types.ts';
import type { TargetEnv, TargetStrategy } from './target.strategies.ts';

const TYPES = new Set(['expel', 'summon', 'detain']);

/** The title of a named envoy near the trigger: a capitalised person noun followed by a full name (two or more
 * capitalised words), not owned by a state mention ("Latvia's ambassador, Maris Berg" is found by the clause). */
function namedEnvoy({ ctx, c, tokens }: TargetEnv): { t0: number; t1: number } | null {
  const from = Math.max(c.info.sentence.t0, c.trigger.t0 - 6);
  const to = Math.min(c.info.sentence.t1, c.trigger.t1 + 2);
  for (let k = from; k < to; k++) {
    const noun = ctx.codebook.nouns.matchAt(tokens, k, to);
    if (!noun || noun.value.role !== 'person' || !/^[A-Z]/.test(tokens[k]!.value)) continue;
    let end = noun.t1;
    while (end < c.info.sentence.t1 && tokens[end]!.pos === 'PROPN' && /^[A-Z]/.test(tokens[end]!.value)) end++;
    if (end - noun.t1 < 2) continue;
    const owned = c.info.mentions.some((m) => m.code && m.t1 >= k && m.t0 <= end + 1);
    if (!owned && !isSubjectOfTrigger(c, k, tokens)) return { t0: k, t1: end };
  }
  return null;
}

/** "Ambassador Berg expelled ...": a named envoy as the subject of an active trigger acts, it is not acted on. */
function isSubjectOfTrigger(c: Candidate, k: number, tokens: Token[]): boolean {
  return k < c.trigger.t0 && !c.trigger.rule.passive && !tokens.slice(k, c.trigger.anchor).some((t) => /^(was|were|been|be|must|will|would)$/.test(t.normal));
}

export const namedEnvoyOfOtherParty: TargetStrategy = (env) => {
  const { c, all, tokens } = env;
  const actor = c.actor;
  // Both sides guessed from the discourse would compound the guess.
  if (!actor?.code || !TYPES.has(c.type) || c.spans.actor?.rule.startsWith('actor.discourse')) return null;
  const span = namedEnvoy(env);
  const other = span && otherParty(c, all, actor.code);
  if (!span || !other) return null;
  const first = tokens[span.t0]!;
  const last = tokens[span.t1 - 1]!;
  const target: Mention = { ...other, role: 'person', t0: span.t0, t1: span.t1, start: first.start, end: last.end,
    text: env.ctx.text.slice(first.start, last.end), possessive: false, prep: null, pronoun: null, host: null, rule: 'named-envoy' };
  return [target, 'target.named-envoy-other-party'];
};

/** The state the actor has dealt with most in the acts told so far (the latest on a tie): one stray act with a third
 * state does not make it the other party. */
function otherParty(c: Candidate, all: Candidate[], actor: string): Mention | null {
  const seen = new Map<string, { n: number; m: Mention; at: number }>();
  for (const o of all) {
    if (o === c || !o.actor?.code || !o.target?.code || o.actor.code === o.target.code) continue;
    if (o.info === c.info ? o.trigger.anchor > c.trigger.anchor : o.info.sentence.index > c.info.sentence.index) continue;
    const m = o.actor.code === actor ? o.target : o.target.code === actor ? o.actor : null;
    if (m) seen.set(m.code, { n: (seen.get(m.code)?.n ?? 0) + 1, m, at: o.trigger.anchor });
  }
  let best: { n: number; m: Mention; at: number } | null = null;
  for (const v of seen.values()) if (!best || v.n > best.n || (v.n === best.n && v.at > best.at)) best = v;
  return best?.m ?? null;
}

/** "Still Paris did not recall him": an envoy recalled by a personal pronoun is posted with the other party too. */
export const recalledPronounOfOtherParty: TargetStrategy = ({ c, all, tokens }) => {
  const actor = c.actor;
  if (!actor?.code || c.type !== 'recall' || !/^(him|her)$/.test(tokens[c.trigger.t1]?.normal ?? '')) return null;
  // "him" is the actor's own envoy, the last envoy named before; else "recall" is "remember".
  const infos = [...new Set(all.map((o) => o.info))].filter((i) => i.sentence.index <= c.info.sentence.index
    && i.sentence.index >= c.info.sentence.index - 3).sort((a, b) => a.sentence.index - b.sentence.index);
  const envoy = infos.flatMap((i) => i.mentions).filter((m) => m.role === 'person' && m.code && m.t1 <= c.trigger.t0).pop();
  if (envoy?.code !== actor.code) return null;
  const other = otherParty(c, all, actor.code);
  return other ? [other, 'target.recalled-pronoun-other-party'] : null;
};
