// "Norway, which had expelled two Russian diplomats on Monday, will lose two of its own in Moscow": a relative clause
// on the party an act falls on tells what that party did to the actor before; the main clause is the answer. This
// stage runs after the cue stages, so a cue that says otherwise wins.
import type { ExtractionContext } from '../context.ts';
import type { Candidate } from '../types.ts';
import { FAMILY, mayAnswer, notLater, reverse, setLink } from './links.helpers.ts';

const RELATIVE = new Set(['which', 'who']);

/** The token span [open, close) of a ", which ... ," clause right after a state named in the sentence. */
function relativeClauses(ctx: ExtractionContext, info: Candidate['info']): Array<[number, number]> {
  const { tokens } = ctx.analysis;
  const spans: Array<[number, number]> = [];
  for (let k = info.sentence.t0 + 1; k < info.sentence.t1; k++) {
    if (!RELATIVE.has(tokens[k]!.normal) || tokens[k - 1]!.normal !== ',') continue;
    // The clause must describe a state: the antecedent ends right before the comma.
    if (!info.mentions.some((m) => m.code && m.t1 === k - 1)) continue;
    let close = k + 1;
    while (close < info.sentence.t1 && tokens[close]!.normal !== ',') close++;
    if (close < info.sentence.t1) spans.push([k, close]);
  }
  return spans;
}

/** Strictly before: an act of the same day is no answer to one told in its own relative clause. */
function before(answered: Candidate, responder: Candidate): boolean {
  return !!answered.date && !!responder.date && !notLater(responder.date, answered.date);
}

export function linkRelativeClauses(ctx: ExtractionContext, all: Candidate[]): void {
  const { tokens } = ctx.analysis;
  for (const a of all) {
    if (a.retaliatesFor || a.fromReference || a.type === 'threaten' || a.background) continue;
    const clauses = relativeClauses(ctx, a.info).filter(([, close]) => close < a.trigger.anchor);
    const inClause = (o: Candidate) => clauses.find(([open, close]) => o.trigger.anchor > open && o.trigger.anchor < close);
    const b = all.find((o) => o.info === a.info && !o.fromReference && inClause(o) && reverse(a, o)
      && FAMILY[o.type] === FAMILY[a.type] && before(o, a) && mayAnswer(a, o));
    if (!b) continue;
    const clause = inClause(b)!;
    const which = tokens[clause[0]]!;
    setLink(a, b, { start: which.start, end: which.end, text: which.value }, 'link.relative-clause', 0.7);
  }
}
