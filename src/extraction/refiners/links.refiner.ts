// Explicit retaliation links. A prepositional cue ("in retaliation for", "in response to") links the act before it
// (or, sentence-initially, after it) to the act its scope describes; an adjectival cue ("reciprocal",
// "tit-for-tat", "mirror") marks the nearest act as an answer. When the answered act is not itself reported in
// the sentence, it is created from the description (links.reference.ts). "after" clauses run first
// (links.after-clause.ts); a cue whose answer is only "the steps" reaches back (links.anaphora.ts).
import type { Refiner } from '../pipeline.ts';
import type { Candidate } from '../types.ts';
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

export const linksRefiner: Refiner = {
  id: 'links',
  refine(ctx, candidates) {
    linkAfterClauses(ctx, candidates);
    const created: Candidate[] = [];
    const sentences = new Set(candidates.map((c) => c.info));
    for (const info of sentences) {
      const siblings = sentenceCandidates(candidates, candidates.find((c) => c.info === info)!);
      for (const cue of info.cues.filter((q) => q.entry.role === 'link')) {
        const end = scopeEnd(ctx, cue, info.sentence.t1);
        const inScope = siblings.filter((c) => c.trigger.anchor >= cue.t1 && c.trigger.anchor < end);
        // "in retaliation for X" names what is answered; "in return", "in kind", "reciprocal" only say that it answers.
        const prepositional = cue.entry.id === 'link.prepositional';
        const before = siblings.filter((c) => c.trigger.anchor < cue.t0).pop();
        const after = siblings.find((c) => c.trigger.anchor >= (prepositional ? end : cue.t1) && !inScope.includes(c));
        const responder = prepositional ? (before ?? after) : (after && after.trigger.anchor - cue.t1 <= 8 ? after : before ?? after);
        if (!responder && prepositional) {
          linkAnaphoricAnswers(candidates, inScope.filter((c) => !c.fromReference), cueText(ctx, cue), cue.entry.id, cue.entry.confidence);
          continue;
        }
        if (!responder || responder.retaliatesFor) continue;
        let answered = prepositional ? inScope.find((c) => c !== responder) : undefined;
        if (answered && (answered.actor?.code !== responder.target?.code)) answered = undefined;
        // "Russia retaliated by expelling 23 British diplomats" after "Britain expelled 23 Russian diplomats" in the
        // same sentence: the answered act is already there; no need to invent one.
        answered ??= siblings.find((c) => c !== responder && c.trigger.anchor < responder.trigger.anchor && reverse(responder, c));
        // "will respond in kind" answers nothing yet: a threat makes no reference act.
        if (!answered && responder.type === 'threaten') continue;
        answered ??= earlierAnswer(candidates, responder);
        if (!answered) {
          const ref = referenceAct(ctx, responder, cue, prepositional ? end : cue.t1);
          if (!ref) continue;
          answered = ref;
        }
        if (!mayAnswer(responder, answered)) continue;
        if (answered.fromReference && !candidates.includes(answered)) created.push(answered);
        setLink(responder, answered, cueText(ctx, cue), cue.entry.id, cue.entry.confidence);
      }
    }
    return [...candidates, ...created];
  },
};
