// Explicit retaliation links. A prepositional cue ("in retaliation for", "in response to") links the act before it
// (or, sentence-initially, after it) to the act its scope describes; an adjectival cue ("reciprocal",
// "tit-for-tat", "mirror") marks the nearest act as an answer. When the answered act is not itself reported in
// the sentence, it is created from the description (links.reference.ts). "after" clauses run first
// (links.after-clause.ts); a cue whose answer is only "the steps" reaches back (links.anaphora.ts).
import type { ExtractionContext } from '../context.ts';
import type { Refiner } from '../pipeline.ts';
import type { Candidate, Cue } from '../types.ts';
import { sentenceCandidates } from './clause.ts';
import { linkAfterClauses } from './links.after-clause.ts';
import { linkAnaphoricAnswers } from './links.anaphora.ts';
import { cueText, FAMILY, mayAnswer, reverse, scopeEnd, setLink } from './links.helpers.ts';
import { referenceAct } from './links.reference.ts';

/** "In reply, Algeria declared twelve French embassy employees unwelcome": the answered act was reported earlier in
 * the article; the nearest one before, in the other direction and the same family. */
function earlierAnswer(all: Candidate[], responder: Candidate): Candidate | undefined {
  return all.filter((c) => c !== responder && !c.fromReference && reverse(responder, c) && FAMILY[c.type] === FAMILY[responder.type]
    && c.info.sentence.index < responder.info.sentence.index && mayAnswer(responder, c)).pop();
}

/** "Russia will expel 60 American diplomats and close the U.S. consulate, mirroring the measures ...": every act of a
 * coordinated chain before the cue answers, not only the nearest. */
function coordinatedBefore(siblings: Candidate[], responder: Candidate): Candidate[] {
  const chain = [responder];
  for (let k = siblings.indexOf(responder) - 1; k >= 0; k--) {
    const prev = siblings[k]!;
    const last = chain[chain.length - 1]!;
    if (!last.rules.includes('actor.coordination') || prev.actor?.code !== responder.actor?.code
      || prev.target?.code !== responder.target?.code || prev.fromReference) break;
    chain.push(prev);
  }
  return chain;
}

export const linksRefiner: Refiner = {
  id: 'links',
  refine(ctx, candidates) {
    linkAfterClauses(ctx, candidates);
    const created: Candidate[] = [];
    const sentences = new Set(candidates.map((c) => c.info));
    for (const info of sentences) {
      const siblings = sentenceCandidates(candidates, candidates.find((c) => c.info === info)!);
      // Cues that name what is answered go first: an act inside "in retaliation for X" is X, not an answer.
      const cues = info.cues.filter((q) => q.entry.role === 'link');
      const prepositional = (q: Cue) => q.entry.id === 'link.prepositional';
      const scopes = cues.filter(prepositional).map((q) => [q.t1, scopeEnd(ctx, q, info.sentence.t1)] as const);
      const answeredInScope = (c: Candidate) => scopes.some(([a, b]) => c.trigger.anchor >= a && c.trigger.anchor < b);
      for (const cue of [...cues.filter(prepositional), ...cues.filter((q) => !prepositional(q))]) {
        const named = prepositional(cue);
        const end = scopeEnd(ctx, cue, info.sentence.t1);
        const inScope = siblings.filter((c) => c.trigger.anchor >= cue.t1 && c.trigger.anchor < end);
        const eligible = siblings.filter((c) => named || !answeredInScope(c));
        const before = eligible.filter((c) => c.trigger.anchor < cue.t0).pop();
        const after = eligible.find((c) => c.trigger.anchor >= (named ? end : cue.t1) && !inScope.includes(c));
        const responder = named ? (before ?? after) : (after && after.trigger.anchor - cue.t1 <= 8 ? after : before ?? after);
        if (!responder && named) {
          linkAnaphoricAnswers(candidates, inScope.filter((c) => !c.fromReference), cueText(ctx, cue), cue.entry.id, cue.entry.confidence);
          continue;
        }
        if (!responder || responder.retaliatesFor) continue;
        const responders = responder === before ? coordinatedBefore(eligible, responder) : [responder];
        for (const r of responders) {
          const answered = answerOf(ctx, candidates, siblings, r, cue, named ? inScope : [], named ? end : cue.t1);
          if (!answered || !mayAnswer(r, answered)) continue;
          if (answered.fromReference && !candidates.includes(answered) && !created.includes(answered)) created.push(answered);
          setLink(r, answered, cueText(ctx, cue), cue.entry.id, cue.entry.confidence);
        }
      }
    }
    return [...candidates, ...created];
  },
};

/** The act a responder answers: one the cue's scope names (of the responder's type first), one told before it in
 * the sentence or the article in the other direction, else a reference act built from the scope. */
function answerOf(ctx: ExtractionContext, all: Candidate[], siblings: Candidate[], responder: Candidate, cue: Cue,
  inScope: Candidate[], end: number): Candidate | null {
  const named = inScope.filter((c) => c !== responder && c.actor?.code === responder.target?.code);
  let answered = named.find((c) => c.type === responder.type) ?? named[0];
  // "Russia retaliated by expelling 23 British diplomats" after "Britain expelled 23 Russian diplomats" in the
  // same sentence: the answered act is already there; no need to invent one.
  answered ??= siblings.find((c) => c !== responder && c.trigger.anchor < responder.trigger.anchor && reverse(responder, c));
  // "will respond in kind" answers nothing yet: a threat makes no reference act.
  if (!answered && responder.type === 'threaten') return null;
  answered ??= earlierAnswer(all, responder);
  return answered ?? referenceAct(ctx, responder, cue, end);
}
