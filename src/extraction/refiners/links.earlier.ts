// The answered act among those the article tells elsewhere, for cues that name none the sentence holds: "In reply,
// Algeria declared ...", "completing its response to the wave of expulsions ... in April" (the April acts told after).
import type { ExtractionContext } from '../context.ts';
import type { Candidate, Cue } from '../types.ts';
import { FAMILY, isWords, lastDateRule, mayAnswer, notLater, reverse } from './links.helpers.ts';

/** A date the text gives the act (stated, or counted from another act: "the following day"), not a fallback to the
 * day of publication or of the lead. */
function statedDate(c: Candidate): boolean {
  const last = lastDateRule(c);
  return !!c.date && last !== undefined && last !== 'date.publication' && last !== 'date.news-day';
}

/** In the other direction and the same family; told before the responder, or after it when its own date puts it
 * before (history told after the news). Ranked: told before; shares most words with what the cue names ("in
 * response to the European flight ban"); of the responder's own type; nearest. */
export function earlierAnswer(ctx: ExtractionContext, all: Candidate[], responder: Candidate, named: Set<string>,
  anyMeasure = false): Candidate | undefined {
  const here = responder.info.sentence.index;
  const before = (c: Candidate) => c.info.sentence.index < here;
  const datedBefore = (c: Candidate) => statedDate(c) && !!responder.date && statedDate(responder)
    && notLater(c.date, responder.date) && !notLater(responder.date, c.date);
  const family = (c: Candidate) => FAMILY[c.type] === FAMILY[responder.type] || (anyMeasure && !isWords(c));
  const options = all.filter((c) => c !== responder && !c.fromReference && reverse(responder, c) && family(c)
    && (before(c) || (c.info !== responder.info && datedBefore(c))) && mayAnswer(responder, c));
  const { tokens } = ctx.analysis;
  const shared = (c: Candidate) => {
    let n = 0;
    for (let k = c.info.sentence.t0; k < c.info.sentence.t1; k++) if (named.has(tokens[k]!.lemma)) n++;
    return n;
  };
  const rank = (c: Candidate) => [before(c) ? 1 : 0, shared(c), c.type === responder.type ? 1 : 0,
    before(c) ? c.info.sentence.index : -c.info.sentence.index, c.trigger.anchor];
  const better = (a: number[], b: number[]) => { for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! > b[k]!; return false; };
  let best: Candidate | undefined;
  for (const c of options) if (!best || better(rank(c), rank(best))) best = c;
  return best;
}

/** Content words a naming cue's scope holds: what the answered act is called ("the European flight ban"). */
export function scopeWords(ctx: ExtractionContext, cue: Cue, end: number): Set<string> {
  const words = new Set<string>();
  for (let k = cue.t1; k < end; k++) {
    const t = ctx.analysis.tokens[k]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'VERB') words.add(t.lemma);
  }
  return words;
}
