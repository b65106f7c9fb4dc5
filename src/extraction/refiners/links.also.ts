// "Russia expelled 23 British diplomats in retaliation for ... . The ministry also said it was closing the British
// consulate in St Petersburg": a measure the next sentence adds with "also", by the same state against the same
// state on the same day, is one more part of the answer. Runs after the cue stages, for acts no cue linked.
import type { ExtractionContext } from '../context.ts';
import type { Candidate } from '../types.ts';
import { isWords, mayAnswer, setLink } from './links.helpers.ts';

const ADDING = new Set(['also', 'additionally']);

/** "also" in the act's own clause, before its trigger and with no other act between. */
function addedWithAlso(ctx: ExtractionContext, c: Candidate, all: Candidate[]): { start: number; end: number; text: string } | null {
  const { tokens } = ctx.analysis;
  for (let k = c.info.sentence.t0; k < c.trigger.t0; k++) {
    if (!ADDING.has(tokens[k]!.normal)) continue;
    if (all.some((o) => o !== c && o.info === c.info && o.trigger.anchor > k && o.trigger.anchor < c.trigger.anchor)) return null;
    return { start: tokens[k]!.start, end: tokens[k]!.end, text: ctx.text.slice(tokens[k]!.start, tokens[k]!.end) };
  }
  return null;
}

const measure = (c: Candidate) => !isWords(c);

export function linkAddedMeasures(ctx: ExtractionContext, all: Candidate[], byKey: Map<string, Candidate>): void {
  for (const c of all) {
    if (c.retaliatesFor || c.fromReference || !measure(c) || c.modality === 'negated' || c.modality === 'hypothetical') continue;
    const previous = all.filter((o) => o.info.sentence.index === c.info.sentence.index - 1 && o.retaliatesFor && measure(o)
      && o.actor?.code === c.actor?.code && o.target?.code === c.target?.code && o.date === c.date);
    const answered = previous.length > 0 ? byKey.get(previous[previous.length - 1]!.retaliatesFor!) : undefined;
    if (!answered || !mayAnswer(c, answered)) continue;
    const cue = addedWithAlso(ctx, c, all);
    if (cue) setLink(c, answered, cue, 'link.also', 0.7);
  }
}
