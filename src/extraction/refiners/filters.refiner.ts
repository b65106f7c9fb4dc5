// Drops what is not an interstate act: no actor or no target (a pupil expelled from school names no state),
// actor = target (a state acting on its own people), and habitual statements ("has dismissed the allegations
// in each instance"), which describe a pattern rather than one act.
import type { Refiner } from '../pipeline.ts';
import type { Candidate } from '../types.ts';

const CONDITIONAL = /^(if|unless)$/i;

function reason(c: Candidate): string | null {
  if (!c.actor?.code) return 'filter.no-actor';
  if (!c.target?.code) return 'filter.no-target';
  if (c.actor.code === c.target.code) return 'filter.same-state';
  if (c.info.cues.some((q) => q.entry.role === 'habitual')) return 'filter.habitual';
  // "... if Canada expels any more diplomats": the condition of a threat is not an act of its own.
  if (c.modality === 'hypothetical' && CONDITIONAL.test(c.spans.modality?.text ?? '')) return 'filter.conditional';
  return null;
}

export const filtersRefiner: Refiner = {
  id: 'filters',
  refine(ctx, candidates) {
    return candidates.filter((c) => {
      const why = reason(c);
      if (why) ctx.debug(() => `drop ${c.key} (${c.type}) ${why}: ${c.info.sentence.text.slice(0, 80)}`);
      return why === null;
    });
  },
};
