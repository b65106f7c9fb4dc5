// "Canada's foreign ministry called for the release of the activists. Riyadh reacted within days. It declared the
// Canadian ambassador persona non grata, recalled its own ambassador and froze new trade": a short sentence that
// only says a state reacted makes the acts of the next sentence (in its paragraph, by that state) answers to the
// reverse act told before it. The sentence holds no act, so no cue of it reaches the loop over cued sentences.
import type { ExtractionContext } from '../context.ts';
import type { Candidate } from '../types.ts';
import { mayAnswer, reverse, setLink } from './links.helpers.ts';

const REACTED = /^(reacted|retaliated|responded|hit|struck|answered)$/;
const MAX_WORDS = 10;

/** The reaction verb of sentence k, when the sentence is short, holds no act and names its subject first. */
type Reaction = { start: number; end: number; text: string; code: string | null };

function reaction(ctx: ExtractionContext, k: number, acts: Candidate[]): Reaction | null {
  const s = ctx.analysis.sentences[k];
  if (!s || s.t1 - s.t0 > MAX_WORDS || acts.some((c) => c.info.sentence.index === k)) return null;
  const tokens = ctx.analysis.tokens;
  for (let i = s.t0 + 1; i < Math.min(s.t1, s.t0 + 4); i++) {
    if (!REACTED.test(tokens[i]!.normal)) continue;
    // "hit back", "struck back": the particle is part of the verb.
    if (/^(hit|struck)$/.test(tokens[i]!.normal) && tokens[i + 1]?.normal !== 'back') return null;
    // Its subject, when named, is who answers ("Riyadh reacted"): a state named there must be the responder's.
    let code: string | null = null;
    for (let j = s.t0; j < i && !code; j++) code = ctx.codebook.names.matchAt(tokens, j, i)?.value.code ?? null;
    // ... or a pronoun for the state just told of ("It reacted"); "Markets reacted" names no state.
    if (!code && !/^(it|they|both)$/.test(tokens[s.t0]!.normal)) return null;
    return { start: tokens[s.t0]!.start, end: tokens[s.t1 - 1]!.end, text: ctx.text.slice(tokens[s.t0]!.start, tokens[s.t1 - 1]!.end), code };
  }
  return null;
}

export function linkReactions(ctx: ExtractionContext, candidates: Candidate[]): void {
  const byIndex = new Map<number, Candidate[]>();
  for (const c of candidates) byIndex.set(c.info.sentence.index, [...(byIndex.get(c.info.sentence.index) ?? []), c]);
  for (const [k, acts] of byIndex) {
    const prev = ctx.analysis.sentences[k - 1];
    const cue = prev ? reaction(ctx, k - 1, candidates) : null;

    if (!prev || !cue || ctx.text.slice(prev.end, ctx.analysis.sentences[k]!.start).includes('\n')) continue;
    const actor = cue.code ?? acts.find((c) => c.actor)?.actor?.code;
    for (const responder of acts.filter((c) => c.actor?.code === actor && !c.retaliatesFor)) {
      // The reverse act told last before the reaction, of any kind: a measure may answer a call or a protest.
      const answered = candidates.filter((o) => o.info.sentence.index < k - 1 && !o.claim && reverse(responder, o))
        .sort((a, b) => a.info.sentence.index - b.info.sentence.index || a.trigger.anchor - b.trigger.anchor).pop();
      if (answered && mayAnswer(responder, answered)) setLink(responder, answered, cue, 'link.reaction-sentence', 0.8);
    }
  }
}
