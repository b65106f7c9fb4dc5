// Drops what is not an interstate act: no actor or no target (a pupil expelled from school names no state),
// actor = target (a state acting on its own people), and habitual statements ("has dismissed the allegations
// in each instance"), which describe a pattern rather than one act.
import type { Refiner } from '../pipeline.ts';
import type { Candidate } from '../types.ts';
import type { Token } from '../nlp.ts';

const CONDITIONAL = /^(if|unless)$/i;

/** "a Kazakh diplomat accused of interfering": the accusation qualifies a noun; it is the reason, not an act. */
function isReducedRelative(c: Candidate, tokens: Token[]): boolean {
  if (c.type !== 'accuse' || c.trigger.rule.id !== 'accuse.verb') return false;
  const before = tokens[c.trigger.anchor - 1];
  const after = tokens[c.trigger.anchor + 1];
  return !!before && !!after && after.normal === 'of' && (before.pos === 'NOUN' || before.pos === 'PROPN') && !c.actor?.possessive
    && !c.info.mentions.some((m) => m.t1 === c.trigger.anchor && m.role !== 'person' && m.role !== 'national');
}

function reason(c: Candidate, tokens: Token[]): string | null {
  if (!c.actor?.code) return 'filter.no-actor';
  if (!c.target?.code) return 'filter.no-target';
  if (c.actor.code === c.target.code) return 'filter.same-state';
  if (c.info.cues.some((q) => q.entry.role === 'habitual')) return 'filter.habitual';
  if (isReducedRelative(c, tokens)) return 'filter.reduced-relative';
  // "... if Canada expels any more diplomats": the condition of a threat is not an act of its own.
  if (c.modality === 'hypothetical' && CONDITIONAL.test(c.spans.modality?.text ?? '')) return 'filter.conditional';
  // "Whether Moscow will answer is unclear": a threat nobody made.
  if (c.type === 'threaten' && (c.modality === 'hypothetical' || c.modality === 'negated')) return 'filter.unmade-threat';
  return null;
}

/** "lifted its sanctions", "baseless accusations": a trigger inside a longer trigger of another type is part of it. */
function nestedIn(c: Candidate, all: Candidate[]): boolean {
  return all.some((o) => o !== c && o.info === c.info && o.type !== c.type && o.trigger.t1 - o.trigger.t0 > 1
    && c.trigger.anchor > o.trigger.t0 && c.trigger.anchor < o.trigger.t1);
}

export const filtersRefiner: Refiner = {
  id: 'filters',
  refine(ctx, candidates) {
    const nested = new Set(candidates.filter((c) => nestedIn(c, candidates)));
    return candidates.filter((c) => {
      if (nested.has(c)) { ctx.debug(() => `drop ${c.key} (${c.type}) filter.nested`); return false; }
      const why = reason(c, ctx.analysis.tokens);
      if (why) ctx.debug(() => `drop ${c.key} (${c.type}) ${why}: ${c.info.sentence.text.slice(0, 80)}`);
      return why === null;
    });
  },
};
