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
  linkFrontedAfterClauses(ctx, all);
}

/** "After Oslo expelled 15 Russians, Moscow ordered ten Norwegians out": the clause heading the sentence up to its
 * comma holds the answered act; an act of the other side after the comma answers it. */
function linkFrontedAfterClauses(ctx: ExtractionContext, all: Candidate[]): void {
  const { tokens } = ctx.analysis;
  for (const a of all) {
    if (a.retaliatesFor || a.fromReference || a.type === 'threaten') continue;
    const { t0 } = a.info.sentence;
    if (!AFTER.has(tokens[t0]?.normal ?? '')) continue;
    let comma = t0 + 1;
    while (comma < a.info.sentence.t1 && tokens[comma]!.normal !== ',') comma++;
    if (a.trigger.anchor <= comma) continue;
    const b = all.find((o) => o.info === a.info && o.trigger.anchor > t0 && o.trigger.anchor < comma && !o.fromReference
      && reverse(a, o) && FAMILY[o.type] === FAMILY[a.type] && mayAnswer(a, o));
    if (b) setLink(a, b, { start: tokens[t0]!.start, end: tokens[t0]!.end, text: tokens[t0]!.value }, 'link.after-clause', 0.7);
  }
}
