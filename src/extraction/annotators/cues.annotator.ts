// Marks cue phrases (retaliation, modality, habitual, aggregate, deadline, attribution) in a sentence; refiners
// read them by role instead of matching words themselves.
import { cueRoles } from '../../codebook/codebook.schemas.ts';
import type { Annotator } from '../pipeline.ts';

export const cuesAnnotator: Annotator = {
  id: 'cues',
  annotate(ctx, info) {
    const { tokens } = ctx.analysis;
    info.cues = [];
    for (const role of cueRoles) {
      for (const m of ctx.codebook.cues[role].scan(tokens, info.sentence.t0, info.sentence.t1)) {
        info.cues.push({ entry: m.value, t0: m.t0, t1: m.t1 });
      }
    }
    info.cues.sort((a, b) => a.t0 - b.t0);
  },
};
