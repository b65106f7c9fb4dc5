// Marks cue phrases (retaliation, modality, habitual, aggregate, deadline, attribution) in a sentence; refiners
// read them by role instead of matching words themselves.
import { cueRoles, type CueRole } from '../../codebook/codebook.schemas.ts';
import type { Codebook } from '../../codebook/codebook.types.ts';
import type { Annotator } from '../pipeline.ts';

/** For each word a cue phrase may start with, the roles that have such a phrase. Built once per codebook. */
const startsByCodebook = new WeakMap<Codebook['cues'], Map<string, CueRole[]>>();

function cueStarts(cues: Codebook['cues']): Map<string, CueRole[]> {
  let starts = startsByCodebook.get(cues);
  if (starts) return starts;
  starts = new Map();
  for (const role of cueRoles) {
    for (const word of cues[role].firstWords()) starts.set(word, [...starts.get(word) ?? [], role]);
  }
  startsByCodebook.set(cues, starts);
  return starts;
}

export const cuesAnnotator: Annotator = {
  id: 'cues',
  annotate(ctx, info) {
    const { tokens } = ctx.analysis;
    const { t0, t1 } = info.sentence;
    // Scanning every token once per role (thirteen of them) cost more than the rest of the annotator: one lookup
    // per token finds where any role may start, and only there is that role's index asked. Same matches as a scan.
    const starts = cueStarts(ctx.codebook.cues);
    const at = new Map<CueRole, number[]>();
    const mark = (roles: CueRole[] | undefined, i: number) => {
      if (!roles) return;
      for (const role of roles) {
        const list = at.get(role);
        if (!list) at.set(role, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    };
    for (let i = t0; i < t1; i++) {
      const t = tokens[i]!;
      mark(starts.get(t.normal), i);
      if (t.lemma !== t.normal) mark(starts.get(t.lemma), i);
    }
    info.cues = [];
    for (const role of cueRoles) {
      let next = t0; // a role's matches do not overlap: the scan resumes after each one
      for (const i of at.get(role) ?? []) {
        if (i < next) continue;
        const m = ctx.codebook.cues[role].matchAt(tokens, i, t1);
        if (m) { info.cues.push({ entry: m.value, t0: m.t0, t1: m.t1 }); next = m.t1; }
      }
    }
    info.cues.sort((a, b) => a.t0 - b.t0);
  },
};
