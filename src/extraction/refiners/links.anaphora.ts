// "The ministry said the steps were taken in response to Monday's American decision to expel 60 Russian diplomats":
// the answer is named only by "the steps"; it is the act told in an earlier sentence, by the answered act's target
// against its actor. Each earlier act answers the answered act of its own type when the scope names several.
// "Paris presented both steps as a response to the Algerian expulsions": when the scope names a party but no act
// the extractor keeps, the answered act is the one told earlier by that party against the responder.
import type { ExtractionContext } from '../context.ts';
import type { Candidate, Mention } from '../types.ts';
import { earlierAnswer } from './links.earlier.ts';
import { FAMILY, isWords, mayAnswer, reverse, setLink } from './links.helpers.ts';

/** How many sentences back "the steps" may reach: a lead and its elaboration, not the whole article. */
const REACH = 6;

type CueSpan = { start: number; end: number; text: string };
/** What a naming cue's scope holds: its content words and the dates it states. */
export type Scope = { words: Set<string>; dates: string[] };

/** Acts of the nearest earlier sentence (within reach) that pass the test: "the steps" points back to the last
 * thing told. */
function nearestEarlier(all: Candidate[], here: number, test: (c: Candidate) => boolean): Candidate[] {
  const earlier = all.filter((c) => !c.fromReference && !c.retaliatesFor && c.info.sentence.index < here
    && here - c.info.sentence.index <= REACH && test(c));
  const nearest = Math.max(-1, ...earlier.map((c) => c.info.sentence.index));
  return earlier.filter((c) => c.info.sentence.index === nearest);
}

export function linkAnaphoricAnswers(all: Candidate[], scoped: Candidate[], cue: CueSpan, rule: string, confidence: number): void {
  // What earlier acts answer was done: "it follows that Russia will expel two diplomats" names no act answered.
  const answeredInScope = scoped.filter((c) => c.modality === 'fact');
  const first = answeredInScope[0];
  if (!first) return;
  const here = first.info.sentence.index;
  // Of the answered act's family first; else any measure ("He linked the decision to the arrest of a consular
  // employee": an expulsion answering a detention). Words answer only words.
  const sameFamily = nearestEarlier(all, here, (c) => reverse(first, c) && FAMILY[c.type] === FAMILY[first.type]);
  const measures = sameFamily.length > 0 || isWords(first) ? []
    : nearestEarlier(all, here, (c) => reverse(first, c) && !isWords(c));
  for (const responder of [...sameFamily, ...measures]) {
    const answered = answeredInScope.find((a) => a.type === responder.type) ?? first;
    if (mayAnswer(responder, answered)) setLink(responder, answered, cue, `${rule}+anaphora`, confidence);
  }
}

/** The scope names the party answered ("the Algerian expulsions") but no act: link the earlier acts against that
 * party to the act that party did before them, if the article told one. One told after them is taken only when the
 * scope dates it ("a response to Moscow's demand in July", the July cap told in the last paragraph): "numerous
 * unfriendly steps by London" names no act of its own. Nothing is invented here. */
export function linkAnaphoricToParty(ctx: ExtractionContext, all: Candidate[], here: number, party: Mention, scope: Scope,
  cue: CueSpan, rule: string, confidence: number): void {
  for (const responder of nearestEarlier(all, here, (c) => c.target?.code === party.code && c.type !== 'threaten')) {
    const answered = earlierAnswer(ctx, all, responder, scope.words);
    if (!answered) continue;
    const toldAfter = answered.info.sentence.index > responder.info.sentence.index;
    if (toldAfter && !scope.dates.some((d) => !!answered.date && sameSpan(d, answered.date))) continue;
    setLink(responder, answered, cue, `${rule}+anaphora-party`, confidence);
  }
}

/** "July" holds "2017-07-15"; dates compare on the precision both state. */
function sameSpan(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}
