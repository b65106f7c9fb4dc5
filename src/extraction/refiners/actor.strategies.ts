// The ways a sentence names who acts, tried in order until one answers. Each returns the actor and the rule id
// recorded as provenance, or null. The order is the design: what the clause states outright beats what the
// discourse implies.
import type { ExtractionContext } from '../context.ts';
import type { Token } from '../nlp.ts';
import type { Candidate, DocumentState, Mention } from '../types.ts';
import { isAttributive, leftStart, mentionsIn, objectMentions, previousSibling, rightEnd, type Voice } from './clause.ts';
import {
  ACTOR_ROLES, DECISION, LEAVE, isUnderPreposition, manner, nearPossessive, orderedParty, sharesSaying, subjectActor,
} from './actor.helpers.ts';
import { discourse } from './actor.discourse.ts';
import { envoyPost } from './actor.envoy-post.ts';
import { participleClause } from './actor.participle.ts';
import { nominalDemonym, reducedRelative } from './actor.nominal.ts';

export interface ActorEnv {
  ctx: ExtractionContext;
  doc: DocumentState;
  c: Candidate;
  all: Candidate[];
  siblings: Candidate[];
  from: number;
  voice: Voice;
  tokens: Token[];
}

export type ActorStrategy = (env: ActorEnv) => [Mention, string] | null;

const TOLD = /^(told|warned|informed|notified)$/;

/** "The suspension of work at the Dutch embassy in Moscow was announced": with no agent named, a state suspending
 * work at its own mission acts (only for rules that say so: a closure ordered by the host reads otherwise). */
const missionOwner: ActorStrategy = ({ c }) => {
  if (!c.trigger.rule.actorFromMission) return null;
  const mission = c.info.mentions.find((m) => m.code && m.role === 'mission' && m.t0 >= c.trigger.t0 && m.t0 < c.trigger.t1 + 2);
  return mission ? [mission, 'actor.mission-owner'] : null;
};

const speakerJudgement: ActorStrategy = ({ c, doc }) => {
  const speaker = c.info.speaker ?? (c.info.quoted.has(c.trigger.anchor) ? doc.lastSpeaker : null);
  return c.trigger.rule.actorFromSpeaker && speaker ? [speaker, 'actor.speaker-judgement'] : null;
};

const passiveAgent: ActorStrategy = ({ c, siblings, voice, tokens }) => {
  if (voice !== 'passive') return null;
  const leaving = (m: Mention) => c.type === 'expel' && LEAVE.has(tokens[m.t0 - 1]?.normal ?? '');
  const agent = objectMentions(c, rightEnd(c, siblings)).find((m) => m.code && (ACTOR_ROLES.has(m.role) || leaving(m))
    && (m.prep === 'by' || (c.type === 'summon' && m.prep === 'to') || (c.type === 'expel' && m.prep === 'from') || leaving(m)));
  if (agent) return [agent, 'actor.passive-agent'];
  // "were detained in China": a detention happens where the detaining state is.
  const place = c.type === 'detain' ? detentionPlace(c, siblings) : undefined;
  return place ? [place, 'actor.passive-location'] : null;
};

/** "Russia's expulsion of ...", "Russia's decision to expel", "the expulsion ... by Moscow". */
const nominalAgent: ActorStrategy = ({ c, siblings, voice, tokens }) => {
  if (voice === 'passive') return null;
  // A verb's possessive must own its infinitive ("Russia's decision to expel"): in "called the German decision
  // unfriendly and warned that ..." the decision's owner is the object of another verb, not who warns.
  const poss = voice === 'nominal' || tokens[c.trigger.t0 - 1]?.normal === 'to' ? nearPossessive(c, tokens) : undefined;
  if (voice !== 'nominal' && !poss) return null;
  if (poss) return [poss, 'actor.nominal-possessive'];
  // "the expulsion of a Czech diplomat from Moscow": the country they are sent from expels them; "the arrest in
  // France of an Algerian consular employee": the country of the arrest detains.
  const by = objectMentions(c, rightEnd(c, siblings)).find((m) => m.code && (m.prep === 'by'
    || (c.type === 'expel' && m.prep === 'from' && m.role === 'state') || (c.type === 'detain' && m.prep === 'in' && m.role === 'state')));
  return by ? [by, by.prep === 'by' ? 'actor.nominal-by' : by.prep === 'in' ? 'actor.nominal-location' : 'actor.nominal-from'] : null;
};

/** "Our decision on Wednesday to expel 23 officers": the speaker's decision (a statement's author, a quote's speaker). */
const ownDecision: ActorStrategy = ({ c, doc, tokens }) => {
  const a = c.trigger.anchor;
  if (tokens[a - 1]?.normal !== 'to') return null;
  const k = tokens.slice(Math.max(c.info.sentence.t0, a - 8), a)
    .findIndex((t, i, all) => t.normal === 'our' && DECISION.has(all[i + 1]?.normal ?? ''));
  const speaker = c.info.speaker ?? doc.lastSpeaker;
  return k >= 0 && speaker ? [speaker, 'actor.first-person-decision'] : null;
};

/** "X ordered Y to close its consulate": X acts; Y, remembered on the candidate, becomes the target. */
const orderer: ActorStrategy = ({ c, doc, siblings, from, voice, tokens }) => {
  const ordered = orderedParty(c, from, tokens);
  if (!ordered || voice === 'passive') return null;
  c.orderedParty = ordered;
  const actor = subjectActor(c, from, doc, ordered.t0 - 1);
  if (actor) return [actor, 'actor.orderer'];
  // "China pulled its ambassador out and told Vilnius to bring its own home": the order is the earlier verb's subject's.
  const prev = previousSibling(c, siblings);
  return prev?.actor && prev.actor.code !== ordered.code ? [prev.actor, 'actor.orderer-coordination'] : null;
};

/** "lodged a protest with China over the detention of a Japanese businessman": not the subject's act. */
const embeddedNominal: ActorStrategy = ({ c, siblings, voice, tokens }) => {
  if (voice !== 'nominal' || !isUnderPreposition(tokens, c.trigger.anchor, c.info.sentence.t0) || c.type !== 'detain') return null;
  const place = detentionPlace(c, siblings);
  return place ? [place, 'actor.nominal-location'] : null;
};

const PERSONAL_SUBJECTS = new Set(['it', 'they', 'he', 'she']);
// "warned of retaliation after Norway expelled ...": a subordinating word opens a new clause as well.
const CLAUSE_BREAK = new Set(['and', ',', ';', 'but', 'while', 'whereas', 'after', 'before', 'since', 'because', 'when']);

const subject: ActorStrategy = ({ c, doc, siblings, from, voice, tokens }) => {
  if (voice === 'passive' || (voice === 'nominal' && isUnderPreposition(tokens, c.trigger.anchor, c.info.sentence.t0))) return null;
  // The object of an earlier verb in the sentence is not this verb's subject. (Targets come later; the mention in
  // an earlier verb's direct-object position stands for it.)
  const taken = new Set<number>();
  for (const o of siblings) {
    if (o.trigger.anchor >= c.trigger.anchor) continue;
    // "orders three out and Lithuania expels": a conjunction or comma ends the earlier verb's object.
    const object = c.info.mentions.find((m) => m.t0 >= o.trigger.t1 && m.t0 - o.trigger.t1 <= 3 && m.t1 <= c.trigger.anchor
      && !tokens.slice(o.trigger.t1, m.t0).some((t) => CLAUSE_BREAK.has(t.normal)));
    if (object) taken.add(object.t0);
  }
  // "New Delhi told Ottawa it would strip them ...": the one told is no subject of what follows.
  for (const m of c.info.mentions) {
    const k = tokens[m.t0 - 1]?.normal === 'the' ? m.t0 - 2 : m.t0 - 1;
    if (m.t1 <= c.trigger.anchor && TOLD.test(tokens[k]?.normal ?? '')) taken.add(m.t0);
  }
  // "ended with Canada withdrawing 41 diplomats": a state right before a gerund is its subject, preposition or not.
  const gerund = /ing$/.test(tokens[c.trigger.anchor]!.normal)
    ? c.info.mentions.find((m) => m.t1 === c.trigger.anchor && m.code && ACTOR_ROLES.has(m.role) && !m.possessive) : undefined;
  const actor = gerund ?? subjectActor(c, from, doc, manner(c, from, tokens) ?? c.trigger.anchor, taken);
  if (!actor) return null;
  // "said Moscow's decision was unjustified, and it condemned ...": a possessive qualifies a noun; the pronoun after it
  // is the verb's subject (and refers elsewhere).
  const pronoun = tokens.slice(actor.t1, c.trigger.anchor).findIndex((t) => PERSONAL_SUBJECTS.has(t.normal));
  if (!gerund && pronoun >= 0 && actor.possessive) return null;
  return [actor, actor.rule.includes('first-person') ? 'actor.first-person-speaker' : 'actor.subject'];
};

// Conjunctions that open a clause of another time: its act is not the main clause's second verb.
const TIME_CLAUSE = new Set(['after', 'before', 'since', 'until']);
/** The clause ending at `to` (back to a comma or `from`) opens with such a conjunction: "..., a week after its envoys
 * were expelled", not "in 2018, after the attack, when 23 were ordered to leave". */
function opensOtherTime(tokens: Token[], from: number, to: number): boolean {
  for (let k = to - 1; k >= from && tokens[k]!.normal !== ','; k--) if (TIME_CLAUSE.has(tokens[k]!.normal)) return true;
  return false;
}

const coordination: ActorStrategy = ({ c, siblings, from, voice, tokens }) => {
  // "allow the 20 expelled Czech diplomats to return, and threatened ...": a participle used as an adjective heads
  // no clause, so the verb after "and" goes with the sentence's subject instead.
  // "Russia answered in July, after Congress passed sanctions, by capping ...": an act in a closed clause of another
  // time is no verb of this clause.
  const aside = (o: Candidate) => opensOtherTime(tokens, c.info.sentence.t0, o.trigger.t0)
    && tokens.slice(o.trigger.t1, c.trigger.t0).some((t) => t.normal === ',');
  const prev = previousSibling(c, siblings.filter((o) => !isAttributive(o, tokens) && !aside(o)));
  // "reopens its embassy, seven years after ties were cut": an agentless passive of another time names no actor.
  if (prev && voice === 'passive' && opensOtherTime(tokens, prev.trigger.t1, c.trigger.t0)) return null;
  // "Tehran's decision to detain him was unjustified, and it condemned": the pronoun is not the possessor.
  const ownSubject = tokens.slice(from, c.trigger.anchor).some((t) => PERSONAL_SUBJECTS.has(t.normal));
  if (prev) {
    if (sharesSaying(c, prev)) return null;
    return prev.actor && from >= prev.trigger.t1 && !(ownSubject && prev.actor.possessive) ? [prev.actor, 'actor.coordination'] : null;
  }
  // "... and expelled", "Russia answered ..., by capping": the verb goes with the sentence's subject.
  const joint = tokens[c.trigger.anchor - 1]?.normal;
  if (joint !== 'and' && !(joint === 'by' && /ing$/.test(tokens[c.trigger.anchor]!.normal))) return null;
  const first = c.info.mentions.find((m) => m.code && m.t1 <= c.trigger.anchor);
  const opensSentence = first && tokens.slice(c.info.sentence.t0, first.t0).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX');
  return first && opensSentence && first.prep === null && ACTOR_ROLES.has(first.role) ? [first, 'actor.sentence-subject'] : null;
};

/** A quote's speaker acts; so does the state announcing a passive act with no agent ("..., the ministry said"). */
const speaker: ActorStrategy = ({ c, doc, voice }) => {
  if (!c.info.speaker || (voice === 'passive' && c.info.quoted.has(c.trigger.anchor))) return null;
  // "It declared the ambassador persona non grata": the trigger's own "declared" is no attribution; with no other cue
  // or quote, a speaker carried over from earlier sentences says nothing here.
  // (The issuer of a reproduced statement speaks all of it.)
  const carried = !c.info.mentions.includes(c.info.speaker) && c.info.quoted.size === 0 && c.info.speaker !== doc.statementBy;
  const cues = c.info.cues.filter((q) => q.entry.role === 'attribution' && (q.t1 <= c.trigger.t0 || q.t0 >= c.trigger.t1));
  if (carried && cues.length === 0) return null;
  return [c.info.speaker, voice === 'passive' ? 'actor.passive-announcer' : 'actor.speaker'];
};

/** "India returned the favour: a Canadian diplomat was told to leave": an agentless passive after the sentence's
 * own subject, a state other than the one acted upon, is that state's act. */
const clauseSubject: ActorStrategy = ({ c, siblings, voice, tokens }) => {
  if (voice !== 'passive') return null;
  const from = c.info.sentence.t0;
  if (opensOtherTime(tokens, leftStart(c, siblings), c.trigger.t0)) return null;
  const acted = mentionsIn(c, leftStart(c, siblings), c.trigger.anchor).filter((m) => m.code).pop();
  if (!acted) return null;
  const first = c.info.mentions.find((m) => m.code && m.t1 <= acted.t0 && m.t0 >= from);
  // "the Czech embassy in Moscow may employ no more than 19 ..., while American missions may employ none": a mission
  // placed in its host is what an earlier clause acts on, not who acts.
  const placed = first?.role === 'mission' && first.host !== null;
  return first && !placed && first.prep === null && !first.possessive && ACTOR_ROLES.has(first.role) && first.code !== acted.code
    && first.code !== acted.host ? [first, 'actor.clause-subject'] : null;
};

/** "The host government ordered all 18 staff ... to leave Poland": the country they must leave expels them. */
const countryLeft: ActorStrategy = ({ c, siblings, tokens }) => {
  if (c.type !== 'expel') return null;
  // ... and so does the country they are ordered "out of".
  const left = objectMentions(c, rightEnd(c, siblings)).find((m) => m.code && m.role === 'state'
    && (LEAVE.has(tokens[m.t0 - 1]?.normal ?? '') || (m.prep === 'of' && tokens[m.t0 - 2]?.normal === 'out')));
  return left ? [left, 'actor.country-left'] : null;
};

function detentionPlace(c: Candidate, siblings: Candidate[]): Mention | undefined {
  return objectMentions(c, rightEnd(c, siblings)).find((m) => m.code && m.prep === 'in' && m.role === 'state');
}

export const ACTOR_STRATEGIES: ActorStrategy[] = [
  participleClause, speakerJudgement, passiveAgent, envoyPost, reducedRelative, nominalAgent, nominalDemonym, missionOwner, ownDecision, orderer, embeddedNominal, subject, coordination, speaker,
  clauseSubject, discourse, countryLeft,
];
