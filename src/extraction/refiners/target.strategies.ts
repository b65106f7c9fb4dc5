// The ways a sentence names whom an act is aimed at, tried in order until one answers: the clause first (passive
// subject, object), then ellipsis and coordination, then the discourse. Each returns the target and its rule id.
import type { ExtractionContext } from '../context.ts';
import type { Token } from '../nlp.ts';
import type { Candidate, Mention } from '../types.ts';
import { DECISION } from './actor.helpers.ts';
import { answeredAct, peopleAnaphor } from './target.answered.ts';
import { leftStart, mentionsIn, previousSibling, setSpan, voiceOf } from './clause.ts';
import {
  counterpartOf, FALLBACK_TYPES, SYMMETRIC, directObjectIsForeign, joinedBy, outsideClause, pickTarget,
} from './target.helpers.ts';
import { definiteCount } from './target.definite-count.ts';
import { moreOfTheSame } from './target.more.ts';
import { laterAccuser } from './target.later-accuser.ts';
import { namedEnvoy } from './target.envoy.ts';
import { betweenPair, coSubject } from './target.pair.ts';
import { namedEnvoyOfOtherParty, recalledPronounOfOtherParty } from './target.named-envoy.ts';

export interface TargetEnv {
  ctx: ExtractionContext;
  c: Candidate;
  all: Candidate[];
  siblings: Candidate[];
  end: number;
  tokens: Token[];
}

// "was told to bring its headcount into line": a passive "told" is part of the clause, not an attribution.
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

export type TargetStrategy = (env: TargetEnv) => [Mention, string] | null;

/** The passive subject is the target; when the clause names no agent, the actor is filled in here too: the host of
 * a mission ("the British Embassy in Moscow ... was ordered"), else whoever last acted against the same state. */
const passiveSubject: TargetStrategy = ({ c, all, siblings, tokens }) => {
  if (voiceOf(c, tokens) !== 'passive') return null;
  // "German officials said many of them were linked to ...": the passive clause starts after the attribution verb.
  const said = c.info.cues.filter((q) => q.entry.role === 'attribution' && q.t1 <= c.trigger.anchor
    && !BE.has(tokens[q.t0 - 1]?.normal ?? '')).map((q) => q.t1);
  const start = Math.max(leftStart(c, siblings), ...said);
  const subj = mentionsIn(c, start, c.trigger.anchor).filter((m) => m.code && m.code !== c.actor?.code);
  const target = subj[subj.length - 1];
  if (!target) return null;
  // "The Mexican ambassador to Peru was recalled": only an envoy's own state recalls it (the envoy stage names the post).
  if (!c.actor && c.type === 'recall' && target.role === 'person') { c.actor = target; setSpan(c, 'actor', target, 'actor.recalled-envoy'); }
  if (!c.actor && target.host) { c.actor = { ...target, code: target.host }; setSpan(c, 'actor', target, 'actor.host-of-target'); }
  // "The French ambassador was summoned and told that French missions in Russia ...": the sentence names the host.
  const hosted = c.info.mentions.find((m) => m.code === target.code && m.host && m.host !== target.code);
  if (!c.actor && hosted) { c.actor = { ...hosted, code: hosted.host! }; setSpan(c, 'actor', hosted, 'actor.host-in-sentence'); }
  if (!c.actor) {
    const prior = all.filter((o) => o.actor?.code && o.target?.code === target.code && o.actor.code !== target.code
      && o.info.sentence.index < c.info.sentence.index && o.info.sentence.index >= c.info.sentence.index - 3).pop();
    if (prior?.actor) { c.actor = prior.actor; setSpan(c, 'actor', prior.actor, 'actor.passive-discourse'); }
  }
  // "Riga lowered its relations with Russia ... the Latvian charge d'affaires was summoned": only the other side of
  // the envoy's state's last act summons (or expels) its envoy.
  const party = c.actor ? null : counterpartOf(c, target, all);
  if (party) { c.actor = party; setSpan(c, 'actor', party, 'actor.passive-counterpart'); }
  return [target, 'target.passive-subject'];
};

/** "Germany and France, which had each expelled four Russian diplomats, will each lose four of their own": the head of
 * the relative clause before a passive trigger undergoes the act; its actor is the state the clause's act was against
 * (the mirror answer), unless the clause names another agent. */
const relativeHead: TargetStrategy = ({ c, siblings, tokens }) => {
  if (voiceOf(c, tokens) !== 'passive') return null;
  const before = siblings.filter((o) => o !== c && o.trigger.anchor < c.trigger.anchor && !o.fromReference);
  // Of a coordinated subject ("Germany, France and Poland, which"), the copy whose actor the relative pronoun follows.
  const rel = before.filter((o) => o.actor?.code && tokens[o.actor.t1]?.normal === ',' && tokens[o.actor.t1 + 1]?.normal === 'which').pop();
  const head = rel?.actor;
  if (!rel || !head || !rel.target?.code || rel !== before.filter((o) => o.trigger.anchor === rel.trigger.anchor).pop()
    && before[before.length - 1]!.trigger.anchor !== rel.trigger.anchor) return null;
  // The relative clause closes with a comma between its act and this trigger.
  const close = tokens.slice(rel.trigger.t1, c.trigger.anchor).findIndex((t) => t.normal === ',');
  if (close < 0) return null;
  if (!c.actor || c.actor.code === head.code) {
    c.actor = rel.target;
    c.rules = c.rules.filter((r) => r !== 'actor.coordination'); // not the relative clause's act: nor its date
    setSpan(c, 'actor', rel.target, 'actor.relative-mirror');
  }
  return [head, 'target.passive-subject'];
};

const object: TargetStrategy = ({ ctx, c, all, end, tokens }) => {
  if (directObjectIsForeign(c, tokens)) return null;
  const [target, rule] = pickTarget(c, ctx.codebook.roles.get(c.type)!, end, all, tokens);
  return target ? [target, rule] : null;
};

/** "Italy expelled 30": a bare number for an object counts more of the same people as the act before. */
const ellipticCount: TargetStrategy = ({ c, all, tokens }) => {
  const n = tokens[c.trigger.t1];
  const after = tokens[c.trigger.t1 + 1];
  if (!c.actor || n?.pos !== 'NUM') return null;
  if (after && /^(NOUN|PROPN)$/.test(after.pos) && !c.info.mentions.some((m) => m.t0 === c.trigger.t1 + 1)) return null;
  // An active act is continued: "must each withdraw three. Italy, which expelled two, ..." copies "sent three home".
  const prev = all.filter((o) => o !== c && o.target?.code && o.type === c.type && o.actor?.code !== c.actor!.code && !o.trigger.rule.passive
    && (o.info === c.info ? o.trigger.anchor < c.trigger.anchor : o.info.sentence.index === c.info.sentence.index - 1)).pop();
  return prev?.target ? [prev.target, 'target.elliptic-count'] : null;
};

/** "summoned the Russian ambassador but stopped short of expelling any diplomats": same sides as before. */
const inheritSibling: TargetStrategy = ({ ctx, c, siblings, end, tokens }) => {
  const prev = previousSibling(c, siblings);
  // "expelled the Israeli ambassador and downgraded relations": relations need no noun of their own.
  const bare = tokens.slice(c.trigger.anchor + 1, end).some((t) => ctx.codebook.nouns.has(t.normal)) || SYMMETRIC.has(c.type);
  // "Bahrain severed relations with Iran, and the UAE downgraded its ties": relations named bare after another
  // state's act on relations are with the same partner.
  // (Copies of a coordinated subject may not have their target yet: the last sibling that has one speaks.)
  const told = siblings.filter((o) => o !== c && o.trigger.anchor < c.trigger.anchor && o.target?.code && !o.fromReference).pop();
  const sameRelations = !!told && SYMMETRIC.has(c.type) && SYMMETRIC.has(told.type) && told.target!.code !== c.actor?.code
    && !c.info.mentions.some((m) => m.code && m.t0 > c.trigger.anchor && m.t0 < end && m.code !== c.actor?.code);
  if (sameRelations && told.actor?.code !== c.actor?.code) return [told.target!, 'target.inherit-sibling'];
  // Two readings of one verb ("withdrew the accreditation of seven staff": an expulsion, a recall) share a place:
  // the one with a target speaks for it.
  const same = prev && told && told.trigger.anchor === prev.trigger.anchor ? told : prev;
  return same?.target && same.actor?.code === c.actor?.code && bare ? [same.target, 'target.inherit-sibling'] : null;
};

/** Speech acts: any other state the sentence names. */
const sentenceFallback: TargetStrategy = ({ c, tokens }) => {
  if (!FALLBACK_TYPES.has(c.type)) return null;
  // "NATO and the EU condemned ...": a co-subject speaks with the actor, it is not spoken to.
  const a = c.actor;
  const coSubject = (m: Mention) => !!a && m.t1 <= c.trigger.anchor && (joinedBy(tokens, a.t1, m.t0) || joinedBy(tokens, m.t1, a.t0));
  const other = c.info.mentions.find((m) => m.code && m.code !== c.actor?.code && m !== c.actor && m.role !== 'person' && !coSubject(m)
    && !(m.t0 > c.trigger.anchor && outsideClause(c, m, tokens)));
  return other ? [other, 'target.sentence-fallback'] : null;
};

/** "This step will not go unanswered": the other side of the act just reported. A threat is aimed at whoever last
 * acted against the threatening state, however far back; a rejection at whoever accused the rejecting state. */
const discourse: TargetStrategy = ({ ctx, c, all, tokens }) => {
  const actor = c.actor;
  // Relations are always with someone: "Beijing downgraded relations" continues the story of the act before; so
  // does a measure on "the embassy" named in the trigger with no state of its own.
  let theMission = false;
  for (let k = c.trigger.t0 + 1; k < c.trigger.t1 && c.type === 'restrict_diplomats' && !theMission; k++) {
    theMission = tokens[k - 1]!.normal === 'the' && ctx.codebook.nouns.matchAt(tokens, k, c.trigger.t1)?.value.role === 'mission';
  }
  // "Ambassador Margus Laidre was summoned to the Russian foreign ministry": an envoy named with no state, by a state
  // the sentence names, is the other side's.
  const envoy = c.type === 'recall' || (c.type === 'summon' && namedEnvoy(ctx, c, tokens) && !(c.spans.actor?.rule ?? '').startsWith('actor.discourse'));
  if (!actor || (!FALLBACK_TYPES.has(c.type) && !envoy && !SYMMETRIC.has(c.type) && !theMission)) return null;
  const reach = c.type === 'threaten' || c.type === 'reject' ? Infinity : SYMMETRIC.has(c.type) ? 1 : 3;
  const prior = all.filter((o) => o !== c && o.actor?.code && o.target?.code && o.info.sentence.index <= c.info.sentence.index
    && o.trigger.anchor < c.trigger.anchor && c.info.sentence.index - o.info.sentence.index <= reach);
  const against = c.type === 'threaten' ? prior.filter((o) => o.target!.code === actor.code && o.actor!.code !== actor.code).pop()
    : c.type === 'reject' ? prior.filter((o) => o.type === 'accuse' && o.target!.code === actor.code).pop() : undefined;
  const before = against ?? prior.filter((o) => o.actor!.code === actor.code || o.target!.code === actor.code).pop();
  // A condemned "the <noun>" when the condemning side took no part in the story so far: "Russia expelled two
  // Estonians. The EU condemned the move": an act noun is the act just told, its doer condemned; "Berlin expelled
  // two Russians. NATO condemned the sabotage campaign": any other noun is the deed of the side acted against.
  const told = !before && c.type === 'protest' && tokens[c.trigger.t1]?.normal === 'the' ? prior[prior.length - 1] : undefined;
  const head = told && tokens.slice(c.trigger.t1 + 1, c.trigger.t1 + 4).find((t) => t.pos === 'NOUN' && tokens[tokens.indexOf(t) + 1]?.pos !== 'NOUN');
  const actNoun = !!head && (DECISION.has(head.lemma) || ctx.codebook.triggersByWord.has(head.normal) || ctx.codebook.triggersByWord.has(head.lemma));
  const doer = told && (actNoun ? told.actor! : told.target!);
  if (doer && doer.code !== actor.code) return [doer, 'target.condemned-act'];
  if (!before) return null;
  return [before.actor!.code === actor.code ? before.target! : before.actor!, 'target.discourse'];
};

/** "Switzerland would adopt the EU's sanctions in full": measures of another state taken over are aimed where that
 * state's own were, as told before. */
const adoptedMeasures: TargetStrategy = ({ c, all }) => {
  const a = c.actor;
  const owner = a && c.info.mentions.find((m) => m.possessive && m.code && m.code !== a.code && m.t0 >= c.trigger.t0 && m.t1 <= c.trigger.t1);
  if (!owner) return null;
  const theirs = all.filter((o) => o !== c && o.type === c.type && o.actor?.code === owner.code && o.target?.code
    && o.target.code !== a.code && o.info.sentence.index <= c.info.sentence.index).pop();
  return theirs ? [theirs.target!, 'target.adopted-measures'] : null;
};

/** "Saudi Arabia broke off relations after its embassy in Tehran was attacked": the host of the actor's own mission. */
const ownMissionHost: TargetStrategy = ({ c }) => {
  const a = c.actor;
  if (!a || !SYMMETRIC.has(c.type)) return null;
  // ("its embassy": a possessive pronoun may be left unresolved on the mention.)
  const own = c.info.mentions.find((m) => (m.code === a.code || (m.pronoun !== null && !m.code)) && m.role === 'mission'
    && m.host && m.host !== a.code);
  return own ? [{ ...own, code: own.host! }, 'target.own-mission-in-sentence'] : null;
};

export const TARGET_STRATEGIES: TargetStrategy[] = [
  relativeHead, passiveSubject, namedEnvoyOfOtherParty, object, ellipticCount, moreOfTheSame, definiteCount, inheritSibling, sentenceFallback, betweenPair,
  ownMissionHost, adoptedMeasures, answeredAct, peopleAnaphor, laterAccuser, discourse, recalledPronounOfOtherParty, coSubject,
];
