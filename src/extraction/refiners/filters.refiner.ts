// Drops what is not an interstate act: no actor or no target (a pupil expelled from school names no state),
// actor = target (a state acting on its own people), and habitual statements ("has dismissed the allegations
// in each instance"), which describe a pattern rather than one act.
import type { Refiner } from '../pipeline.ts';
import type { Candidate } from '../types.ts';
import type { Token } from '../nlp.ts';
import type { Codebook } from '../../codebook/codebook.types.ts';

const CONDITIONAL = /^(if|unless)$/i;

/** "a Kazakh diplomat accused of interfering": the accusation qualifies a noun; it is the reason, not an act. */
function isReducedRelative(c: Candidate, tokens: Token[]): boolean {
  if (c.type !== 'accuse' || c.trigger.rule.id !== 'accuse.verb') return false;
  const before = tokens[c.trigger.anchor - 1];
  const after = tokens[c.trigger.anchor + 1];
  return !!before && !!after && after.normal === 'of' && (before.pos === 'NOUN' || before.pos === 'PROPN') && !c.actor?.possessive
    && !c.info.mentions.some((m) => m.t1 === c.trigger.anchor && m.role !== 'person' && m.role !== 'national');
}

/** "The company recalled a batch of scanners": a recall moves an envoy, named near the verb or as its subject. */
function namesEnvoy(c: Candidate, tokens: Token[], nouns: Codebook['nouns']): boolean {
  const near = (k: number) => Math.abs(k - c.trigger.anchor) <= 6;
  if (c.info.mentions.some((m) => (m.role === 'person' || m.role === 'mission') && (near(m.t0) || near(m.t1 - 1)))) return true;
  for (let k = Math.max(c.info.sentence.t0, c.trigger.anchor - 6); k < Math.min(c.info.sentence.t1, c.trigger.anchor + 7); k++) {
    const noun = nouns.matchAt(tokens, k);
    if (noun && (noun.value.role === 'person' || noun.value.role === 'mission')) return true;
    // "called Stephane Romatet home for consultations": the envoy may be a name the lexicon does not know.
    if (tokens[k]!.normal === 'consultations') return true;
  }
  return false;
}

const AUX = /^(have|has|had|also|already|repeatedly|long|once)$/;
const OUT_OF_OFFICE = /^(former|ex|retired|onetime)$/;

/** "Business groups have warned that ...", "a former envoy said": the clause's own subject speaks for no state,
 * so an actor found elsewhere in the discourse is not the one acting. */
function nonStateSubject(c: Candidate, tokens: Token[], nouns: Codebook['nouns']): boolean {
  if (c.actor && OUT_OF_OFFICE.test(tokens[c.actor.t0 - 1]?.normal ?? '')) return true;
  const rule = c.spans.actor?.rule ?? '';
  if (!/^actor\.(discourse|speaker)$/.test(rule) || c.trigger.rule.nominal || c.trigger.rule.passive) return false;
  let k = c.trigger.t0 - 1;
  while (k > c.info.sentence.t0 && AUX.test(tokens[k]!.normal)) k--;
  const t = tokens[k];
  return !!t && t.pos === 'NOUN' && !nouns.has(t.normal) && !nouns.has(t.lemma)
    && !c.info.mentions.some((m) => k >= m.t0 && k < m.t1);
}

/** "a wave of expulsions", "the first round of closures": many states' acts summed up, no single act. */
const AGGREGATE = /^(wave|waves|spate|string|flurry|series|cascade|round|rounds)$/;
function aggregate(c: Candidate, tokens: Token[]): boolean {
  const anchor = tokens[c.trigger.anchor]!;
  return (c.type === 'expel' || c.type === 'close_mission') && c.trigger.rule.nominal && /s$/.test(anchor.normal)
    && tokens[c.trigger.anchor - 1]?.normal === 'of' && [2, 3].some((k) => AGGREGATE.test(tokens[c.trigger.anchor - k]?.normal ?? ''));
}

/** "it threatened the security of all of them": to endanger something is no threat made to a state. */
const ENDANGERED = /^(security|safety|stability|peace|lives|life|health|sovereignty|integrity|existence|future)$/;
function endangers(c: Candidate, tokens: Token[]): boolean {
  return c.trigger.rule.id === 'threaten.verb' && [1, 2, 3].some((k) => ENDANGERED.test(tokens[c.trigger.t1 - 1 + k]?.normal ?? ''));
}

function reason(c: Candidate, tokens: Token[], nouns: Codebook['nouns']): string | null {
  if (aggregate(c, tokens)) return 'filter.aggregate';
  if (endangers(c, tokens)) return 'filter.endangers';
  if (!c.actor?.code) return 'filter.no-actor';
  if (nonStateSubject(c, tokens, nouns)) return 'filter.non-state-subject';
  // "expelled in return and ... Ambassador X": a word of a retaliation cue is no trigger of its own.
  if (c.info.cues.some((q) => q.entry.role === 'link' && c.trigger.anchor >= q.t0 && c.trigger.anchor < q.t1)) return 'filter.link-cue';
  if (!c.target?.code) return 'filter.no-target';
  if (c.actor.code === c.target.code) return 'filter.same-state';
  if (c.info.cues.some((q) => q.entry.role === 'habitual')) return 'filter.habitual';
  if (isReducedRelative(c, tokens)) return 'filter.reduced-relative';
  if (c.type === 'recall' && !namesEnvoy(c, tokens, nouns)) return 'filter.recall-without-envoy';
  // "... if Canada expels any more diplomats": the condition of a threat is not an act of its own.
  if (c.modality === 'hypothetical' && CONDITIONAL.test(c.spans.modality?.text ?? '')) return 'filter.conditional';
  // "Whether Moscow will answer is unclear": a threat nobody made.
  if (c.type === 'threaten' && (c.modality === 'hypothetical' || c.modality === 'negated')) return 'filter.unmade-threat';
  return null;
}

/** "lifted its sanctions", "baseless accusations": a trigger inside a longer trigger of another type is part of it.
 * From the same start, a rule that says so outranks the other: "suspended the embassy's use of a house" is no closure. */
function nestedIn(c: Candidate, all: Candidate[]): boolean {
  const { t0, anchor } = c.trigger;
  return all.some((o) => o !== c && o.info === c.info && o.type !== c.type && o.trigger.t1 - o.trigger.t0 > 1
    && ((anchor > o.trigger.t0 && anchor < o.trigger.t1) || (t0 === o.trigger.t0 && o.trigger.rule.outranks.includes(c.type))));
}

export const filtersRefiner: Refiner = {
  id: 'filters',
  refine(ctx, candidates) {
    const nested = new Set(candidates.filter((c) => nestedIn(c, candidates)));
    return candidates.filter((c) => {
      if (nested.has(c)) { ctx.debug(() => `drop ${c.key} (${c.type}) filter.nested`); return false; }
      const why = reason(c, ctx.analysis.tokens, ctx.codebook.nouns);
      if (why) ctx.debug(() => `drop ${c.key} (${c.type}) ${why}: ${c.info.sentence.text.slice(0, 80)}`);
      return why === null;
    });
  },
};
