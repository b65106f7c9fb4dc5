// The actor a clause leaves to the discourse: "It also closed ...", "The ministry summoned ...". A pronoun or a
// state-less office noun refers to the subject of the sentence just before when that sentence holds no act ("London
// moved first. On May 8 the government ordered Russia's defence attache to leave"), else to the last actor of the
// three sentences before (never the state the verb is aimed at).
import type { ExtractionContext } from '../context.ts';
import { mentionsAnnotator } from '../annotators/mentions.annotator.ts';
import type { Candidate, DocumentState, Mention } from '../types.ts';
import { ACTOR_ROLES, SUBJECT_PRONOUNS, lastActorBefore } from './actor.helpers.ts';
import type { ActorStrategy } from './actor.strategies.ts';

/** The subject opening the sentence before c's, in the same paragraph: its first state, named before any verb. */
function previousSubject(ctx: ExtractionContext, doc: DocumentState, c: Candidate, except: string): Mention | null {
  const prev = doc.sentences[c.info.sentence.index - 1];
  if (!prev || /\n\s*\n/.test(ctx.text.slice(prev.sentence.end, c.info.sentence.start))) return null;
  // Sentences without a trigger were never annotated: mentions are cheap to find on demand.
  if (prev.mentions.length === 0) mentionsAnnotator.annotate(ctx, prev, doc);
  const { tokens } = ctx.analysis;
  const first = prev.mentions.find((m) => m.code);
  if (!first || first.prep !== null || first.possessive || !ACTOR_ROLES.has(first.role) || first.code === except) return null;
  return tokens.slice(prev.sentence.t0, first.t0).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX') ? first : null;
}

const SPEECH = new Set(['threaten', 'accuse', 'protest', 'reject']);

/** The state speaking in the sentence just before c's, in the same paragraph. */
function previousSpeaker(ctx: ExtractionContext, doc: DocumentState, c: Candidate): Mention | null {
  const prev = doc.sentences[c.info.sentence.index - 1];
  if (!prev || /\n\s*\n/.test(ctx.text.slice(prev.sentence.end, c.info.sentence.start))) return null;
  return prev.speaker?.code && prev.mentions.includes(prev.speaker) ? prev.speaker : null;
}

export const discourse: ActorStrategy = ({ ctx, doc, c, all, from, tokens }) => {
  // "for which there is no alternative": a relative pronoun after a preposition is no subject.
  const pronoun = tokens.slice(from, c.trigger.anchor).some((t, i, all) => SUBJECT_PRONOUNS.has(t.normal)
    && !(/^(which|who)$/.test(t.normal) && all[i - 1]?.pos === 'ADP'));
  const office = ctx.codebook.nouns.scan(tokens, from, c.trigger.anchor).some((m) => m.value.role === 'government')
    && !c.info.mentions.some((m) => m.t0 >= from && m.t1 <= c.trigger.anchor && m.code);
  if (!pronoun && !office) return null;
  const object = c.info.mentions.find((m) => m.code && m.prep === null && m.t0 > c.trigger.anchor && m.t0 - c.trigger.t1 <= 2);
  const before = lastActorBefore(c, all, object?.code, pronoun);
  // "Riyadh reacted within days. It declared ...": the subject of the sentence just before, with no act of its own,
  // is nearer than the last act further back.
  const lastAct = Math.max(-1, ...all.filter((o) => o.actor?.code && o.info.sentence.index < c.info.sentence.index)
    .map((o) => o.info.sentence.index));
  const subject = lastAct < c.info.sentence.index - 1 ? previousSubject(ctx, doc, c, object?.code ?? '') : null;
  if (subject) return [subject, 'actor.discourse-subject'];
  if (before) return [before, 'actor.discourse'];
  // "..., the FSB said. It warned that ...": with no act near, a pronoun that speaks is the speaker just before.
  const said = pronoun && SPEECH.has(c.type) ? previousSpeaker(ctx, doc, c) : null;
  return said ? [said, 'actor.discourse-speaker'] : null;
};
