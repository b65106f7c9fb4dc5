// "The ministry said the steps were taken in response to Monday's American decision to expel 60 Russian diplomats":
// the answer is named only by "the steps"; it is the act told in an earlier sentence, by the answered act's target
// against its actor. Each earlier act answers the answered act of its own type when the scope names several.
import type { Candidate } from '../types.ts';
import { FAMILY, mayAnswer, reverse, setLink } from './links.helpers.ts';

/** How many sentences back "the steps" may reach: a lead and its elaboration, not the whole article. */
const REACH = 6;

export function linkAnaphoricAnswers(all: Candidate[], answeredInScope: Candidate[], cue: { start: number; end: number; text: string },
  rule: string, confidence: number): void {
  const first = answeredInScope[0];
  if (!first) return;
  const here = first.info.sentence.index;
  const earlier = all.filter((c) => !c.fromReference && !c.retaliatesFor && c.info.sentence.index < here
    && here - c.info.sentence.index <= REACH && reverse(first, c) && FAMILY[c.type] === FAMILY[first.type]);
  // The nearest sentence that holds such acts: "the steps" points back to the last thing told.
  const nearest = Math.max(-1, ...earlier.map((c) => c.info.sentence.index));
  for (const responder of earlier.filter((c) => c.info.sentence.index === nearest)) {
    const answered = answeredInScope.find((a) => a.type === responder.type) ?? first;
    if (mayAnswer(responder, answered)) setLink(responder, answered, cue, `${rule}+anaphora`, confidence);
  }
}
