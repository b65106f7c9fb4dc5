// "Russia expelled 23 British diplomats after Britain expelled 23 Russians": the act after "after" is answered.
// Time words give the direction more surely than "the same number" or "matching", so this stage runs first.
import type { ExtractionContext } from '../context.ts';
import type { Candidate } from '../types.ts';
import { FAMILY, mayAnswer, reverse, setLink } from './links.helpers.ts';

const AFTER = new Set(['after', 'following']);

export function linkAfterClauses(ctx: ExtractionContext, all: Candidate[]): void {
  const { tokens } = ctx.analysis;
  for (const a of all) {
    if (a.retaliatesFor || a.fromReference || a.type === 'threaten') continue;
    const b = all.find((o) => o.info === a.info && o.trigger.anchor > a.trigger.anchor && !o.fromReference
      && reverse(a, o) && FAMILY[o.type] === FAMILY[a.type]
      && tokens.slice(a.trigger.t1, o.trigger.anchor).some((t) => AFTER.has(t.normal)) && mayAnswer(a, o));
    if (!b) continue;
    const cue = tokens.slice(a.trigger.t1, b.trigger.anchor).find((t) => AFTER.has(t.normal))!;
    setLink(a, b, { start: cue.start, end: cue.end, text: cue.value }, 'link.after-clause', 0.7);
  }
}
