// Explicit retaliation links. A naming cue ("in retaliation for", "in response to") links the act before it (or,
// at the head of a clause, after it) to the act its scope describes; a cue that names nothing ("reciprocal",
// "tit-for-tat", "replied by") marks the act it modifies as an answer to one told before (links.earlier.ts). When the
// article tells the answered act nowhere, a naming cue creates it from its scope (links.reference.ts). "after"
// clauses run first (links.after-clause.ts); a cue whose answer is only "the steps" reaches back (links.anaphora.ts).
// A relative clause on the answering act's target ("Norway, which had expelled two Russians, will lose two") runs
// last, for acts no cue linked (links.relative-clause.ts).
import type { ExtractionContext } from '../context.ts';
import type { Refiner } from '../pipeline.ts';
import type { Candidate, Cue } from '../types.ts';
import { linkAfterClauses } from './links.after-clause.ts';
import { linkAnaphoricAnswers, linkAnaphoricToParty } from './links.anaphora.ts';
import { linkReactions } from './links.reaction.ts';
import { cueText, dropMutualLinks, FAMILY, isWords, mayAnswer, reverse, scopeEnd, setLink } from './links.helpers.ts';
import { earlierAnswer, scopeWords } from './links.earlier.ts';
import { referenceAct } from './links.reference.ts';
import { linkRelativeClauses } from './links.relative-clause.ts';
import { linkAddedMeasures } from './links.also.ts';
import { restatedAct } from './links.restated.ts';

const CLAUSE_BREAK = new Set([',', ';', ':', '—', '–', '"', '“']);
const CLAUSE_JOIN = new Set(['and', 'but', ';', ',', 'while']);


/** "Russia will expel 60 American diplomats and close the U.S. consulate, mirroring the measures ..." and "Russia
 * retaliated by expelling 23 British diplomats, closing the consulate ...": every act of the coordinated chain the
 * responder belongs to answers, not only the one nearest the cue. */
function coordinated(siblings: Candidate[], responder: Candidate, step: 1 | -1, anyKind = false): Candidate[] {
  const chain = [responder];
  for (let k = siblings.indexOf(responder) + step; k >= 0 && k < siblings.length; k += step) {
    const next = siblings[k]!;
    const later = step === 1 ? next : chain[chain.length - 1]!;
    // Joined by coordination, or one trigger with several targets. The targets may differ: "ordered 27 Spanish and 24
    // Italian diplomats to leave, a day after it expelled 34 French diplomats" is one state answering several, each
    // act its own counterpart (answerOf looks per target).
    const joined = later.rules.includes('actor.coordination') || next.trigger.anchor === later.trigger.anchor;
    if (!joined || next.actor?.code !== responder.actor?.code || next.fromReference || next.retaliatesFor) break;
    // "expelled 20 diplomats, accusing them of spying": the accusation explains the answer; it is not one. Measures
    // of other kinds answer together ("lowered relations to charge d'affaires and ordered the ambassador out").
    if (!anyKind && FAMILY[next.type] !== FAMILY[responder.type] && (isWords(next) || isWords(responder))) continue;
    chain.push(next);
  }
  return chain;
}

const SUBJECT_AFTER = new Set(['AUX', 'VERB']);

/** A state other than the act's actor opening a clause between the act and the cue ("..., and that Bulgaria would in
 * turn"): joined after the act, and followed by its verb. */
function ownSubject(ctx: ExtractionContext, info: Candidate['info'], before: Candidate, cue: Cue): boolean {
  const { tokens } = ctx.analysis;
  return info.mentions.some((m) => m.code && m.code !== before.actor?.code && m.t0 > before.trigger.t1 && m.t1 <= cue.t0
    && CLAUSE_JOIN_OR_THAT.has(tokens[m.t0 - 1]?.normal ?? '') && SUBJECT_AFTER.has(tokens[m.t1]?.pos ?? ''));
}

const CLAUSE_JOIN_OR_THAT = new Set(['and', 'but', 'while', 'that', ',', ';']);

/** The nearest measure coordinated before a speech act by the same actor ("recalled its envoy and accused ..."). */
function measureJoinedBefore(siblings: Candidate[], words: Candidate): Candidate | undefined {
  const chain = coordinated(siblings, words, -1, true);
  return chain.slice(1).find((c) => !isWords(c));
}

export const linksRefiner: Refiner = {
  id: 'links',
  refine(ctx, all, doc) {
    // A claim ("both have expelled dozens since 2022") is an aggregate, not an act: it neither answers nor is answered.
    const candidates = all.filter((c) => !c.claim);
    linkAfterClauses(ctx, candidates);
    const created: Candidate[] = [];
    // Every sentence with a cue, also one whose only act was dropped: "Paris presented both steps as a response to
    // the Algerian expulsions" still says what the steps before it answer.
    for (const info of doc.sentences.filter((s) => s.cues.some((q) => q.entry.role === 'link'))) {
      const siblings = candidates.filter((c) => c.info === info).sort((a, b) => a.trigger.anchor - b.trigger.anchor);
      // Cues that name what is answered go first: an act inside "in retaliation for X" is X, not an answer.
      const cues = info.cues.filter((q) => q.entry.role === 'link');
      const prepositional = (q: Cue) => q.entry.id === 'link.prepositional';
      const scopes = cues.filter(prepositional).map((q) => [q.t1, scopeEnd(ctx, q, info.sentence.t1)] as const);
      const answeredInScope = (c: Candidate) => scopes.some(([a, b]) => c.trigger.anchor >= a && c.trigger.anchor < b);
      for (const cue of [...cues.filter(prepositional), ...cues.filter((q) => !prepositional(q))]) {
        const named = prepositional(cue);
        const end = scopeEnd(ctx, cue, info.sentence.t1);
        // Only a naming cue has a scope: the act right after "responded by" is the answer, not the answered.
        const inScope = named ? siblings.filter((c) => c.trigger.anchor >= cue.t1 && c.trigger.anchor < end) : [];
        const eligible = siblings.filter((c) => named || !answeredInScope(c));
        const before = eligible.filter((c) => c.trigger.anchor < cue.t0).pop();
        const after = eligible.find((c) => c.trigger.anchor >= (named ? end : cue.t1) && !inScope.includes(c));
        // "In response to X, Russia expelled ...": a naming cue answers forward only from the head of a clause.
        const headOfClause = cue.t0 === info.sentence.t0 || CLAUSE_BREAK.has(ctx.analysis.tokens[cue.t0 - 1]?.normal ?? '');
        // "would be expelled in return and ... called back", "expelled twelve officials in response and recalled its
        // ambassador": a cue right after a verb, or one that ends its clause, is that verb's.
        const { tokens } = ctx.analysis;
        const joins = (a: number, b: number) => tokens.slice(a, b).some((t) => CLAUSE_JOIN.has(t.normal));
        const modifiesBefore = !!before && (cue.t0 - before.trigger.t1 <= 1
          || (!joins(before.trigger.t1, cue.t0) && !!after && joins(cue.t1, after.trigger.anchor)));
        // "Moscow would close its consulate and that Bulgaria would in turn close its own": a cue inside a clause
        // with a subject of its own is not the act before's.
        // A threat whose own words hold the cue ("responded in kind, expelling ten") answers nothing: the act after does.
        const threatHolds = before?.type === 'threaten' && cue.t0 >= before.trigger.t0 && cue.t1 <= before.trigger.t1 && !!after;
        const usable = before && !ownSubject(ctx, info, before, cue) && !threatHolds ? before : undefined;
        const responder = named ? (before ?? (headOfClause ? after : undefined))
          : (after && after.trigger.anchor - cue.t1 <= 8 && !modifiesBefore ? after : usable ?? after);
        // "The 20 were being expelled ... in response to X" with that act dropped (no target): the sentence tells its
        // own answer, so nothing earlier is reached for.
        const ownAct = info.triggers.some((t) => t.anchor < cue.t0);
        if (!responder && named && !ownAct) {
          const acts = inScope.filter((c) => !c.fromReference);
          const party = info.mentions.find((m) => m.t0 >= cue.t1 && m.t1 <= end && m.code);
          if (acts.length > 0) linkAnaphoricAnswers(candidates, acts, cueText(ctx, cue), cue.entry.id, cue.entry.confidence);
          else if (party) {
            const dates = info.dates.filter((d) => d.t0 >= cue.t1 && d.t1 <= end && !d.deadline).map((d) => d.date);
            linkAnaphoricToParty(ctx, candidates, info.sentence.index, party, { words: scopeWords(ctx, cue, end), dates },
              cueText(ctx, cue), cue.entry.id, cue.entry.confidence);
          }
          continue;
        }
        const restated = !responder && named ? restatedAct(ctx, candidates, info, cue) : undefined;
        if (restated && !restated.retaliatesFor) {
          link(ctx, candidates, siblings, [restated], cue, end, created);
          continue;
        }
        if (!responder || responder.retaliatesFor) continue;
        // The chain stays out of a naming cue's scope: what the scope names is answered, not answering.
        const side = eligible.filter((c) => !inScope.includes(c));
        // "recalled its ambassador and accused Vilnius of hostility, answering ...": the measure answers; the words
        // next to the cue explain it.
        const head = responder === before && isWords(responder) ? measureJoinedBefore(side, responder) ?? responder : responder;
        const responders = [...new Set([...(head === before || head !== responder ? coordinated(side, head, -1) : []),
          ...coordinated(side, head, 1)])];
        link(ctx, candidates, siblings, responders, cue, end, created, inScope);
      }
    }
    linkRelativeClauses(ctx, candidates);
    linkReactions(ctx, candidates);
    linkAddedMeasures(ctx, candidates, new Map([...candidates, ...created].map((c) => [c.key, c])));
    dropMutualLinks([...candidates, ...created]);
    return [...all, ...created];
  },
};

/** Link each responder of one cue to what it answers; the first responder is the one the cue modifies. */
function link(ctx: ExtractionContext, candidates: Candidate[], siblings: Candidate[], responders: Candidate[], cue: Cue,
  end: number, created: Candidate[], inScope: Candidate[] = []): void {
  const named = cue.entry.id === 'link.prepositional';
  const responder = responders[0]!;
  // What the cue names, read once for all responders: only naming cues name anything.
  const words = named ? scopeWords(ctx, cue, end) : new Set<string>();
  let first: Candidate | null = null;
  for (const r of responders) {
    // The scope describes what the responder answers; another target's act answers something it does not name.
    const describes = r.target?.code === responder.target?.code;
    let answered = answerOf(ctx, candidates, siblings, r, cue, named ? inScope : [], named ? end : cue.t1, words, describes);
    if (r === responder) first = answered;
    // A measure of another kind in the chain answers what the first does, rather than an act of its own kind the
    // text never tells: "lowered relations ... and ordered the ambassador out, answering Tallinn's staff cut".
    const invented = !answered || (answered.fromReference && !candidates.includes(answered) && !created.includes(answered));
    if (describes && invented && first && FAMILY[r.type] !== FAMILY[responder.type]) answered = first;
    if (!answered || !mayAnswer(r, answered)) continue;
    if (answered.fromReference && !candidates.includes(answered) && !created.includes(answered)) created.push(answered);
    setLink(r, answered, cueText(ctx, cue), cue.entry.id, cue.entry.confidence);
  }
}

function definiteScope(ctx: ExtractionContext, responder: Candidate, cue: Cue, end: number): boolean {
  return cue.entry.id === 'link.prepositional' && ctx.analysis.tokens[cue.t1]?.normal === 'the'
    && !responder.info.mentions.some((m) => m.code && m.t0 >= cue.t1 && m.t1 <= end);
}

/** The act a responder answers: one the cue's scope names (of the responder's type first), one told before it in
 * the sentence or the article in the other direction, else a reference act built from the scope. */
function answerOf(ctx: ExtractionContext, all: Candidate[], siblings: Candidate[], responder: Candidate, cue: Cue,
  inScope: Candidate[], end: number, words: Set<string>, mayCreate: boolean): Candidate | null {
  const named = inScope.filter((c) => c !== responder && c.actor?.code === responder.target?.code);
  let answered = named.find((c) => c.type === responder.type) ?? named[0];
  // "Russia retaliated by expelling 23 British diplomats" after "Britain expelled 23 Russian diplomats" in the
  // same sentence: the answered act is already there; no need to invent one.
  answered ??= siblings.find((c) => c !== responder && c.trigger.anchor < responder.trigger.anchor && reverse(responder, c));
  // "will respond in kind" answers nothing yet: a threat makes no reference act.
  if (!answered && responder.type === 'threaten') return null;
  answered ??= earlierAnswer(ctx, all, responder, words);
  // "in retaliation for the staff cut": a definite description naming no party is an act the article told before,
  // whatever measure answers it.
  if (!answered && definiteScope(ctx, responder, cue, end)) answered = earlierAnswer(ctx, all, responder, words, true);
  // A cue that names nothing ("retaliated by", "in kind") gives nothing to build the answered act from.
  return answered ?? (cue.entry.id === 'link.prepositional' && mayCreate ? referenceAct(ctx, responder, cue, end) : null);
}
