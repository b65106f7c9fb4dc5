// "The U.S. measures also closed two compounds and imposed sanctions": an undated act that "also" belongs to what
// the same state did to the same state earlier in the article continues that act's story, in whatever paragraph.
import type { ExtractionContext } from '../context.ts';
import type { Candidate } from '../types.ts';

/** The word "also" before the trigger in its sentence ("also closed two compounds and imposed sanctions"). */
function saysAlso(ctx: ExtractionContext, c: Candidate): boolean {
  const { tokens } = ctx.analysis;
  for (let k = c.trigger.t0 - 1; k >= c.info.sentence.t0; k--) {
    if (tokens[k]!.normal === 'also') return true;
    if (tokens[k]!.normal === ';') return false;
  }
  return false;
}

/** Dates an act told only by publication from the latest earlier act of the same sides dated to the day. */
export function carryAlso(ctx: ExtractionContext, candidates: Candidate[]): void {
  for (const c of candidates) {
    if (!c.rules.includes('date.publication') || c.fromReference || c.modality !== 'fact' || !c.actor?.code || !c.target?.code
      || !saysAlso(ctx, c)) continue;
    const earlier = candidates.filter((o) => o.info.sentence.index < c.info.sentence.index && o.actor?.code === c.actor!.code
      && o.target?.code === c.target!.code && o.granularity === 'day' && o.date && !o.rules.includes('date.publication')
      && o.modality === 'fact').pop();
    if (!earlier?.date) continue;
    c.date = earlier.date;
    c.rules = c.rules.filter((r) => r !== 'date.publication').concat('date.also-same-sides');
  }
}
