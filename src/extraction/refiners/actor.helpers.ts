// Helpers for the actor strategies: the subject side of a clause, possessive and decision-noun agents, ordered
// parties, subject and agent lists.
import type { ActionType } from '../../core/types.ts';
import type { Token } from '../nlp.ts';
import type { Candidate, DocumentState, Mention } from '../types.ts';
import { mentionsIn } from './clause.ts';

export const ACTOR_ROLES = new Set(['state', 'government', 'mission']);
const SPEECH: Set<ActionType> = new Set(['protest', 'reject', 'accuse', 'threaten']);
export const LEAVE = new Set(['leave', 'quit', 'depart']);
export const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'which', 'who']);

export function resolved(m: Mention, code: string, rule: string): Mention {
  return { ...m, code, rule: `${m.rule}>${rule}` };
}

/** A diplomat may voice a protest ("the British ambassador protested"), but only as the verb's own subject. */
export function canAct(m: Mention, type: ActionType, anchor: number): boolean {
  return ACTOR_ROLES.has(m.role) || (SPEECH.has(type) && m.role === 'person' && anchor - m.t1 <= 2)
    || (m.role === 'modifier' && m.possessive);
}

export function subjectActor(c: Candidate, from: number, doc: DocumentState, before = c.trigger.anchor,
  taken: Set<number> = new Set()): Mention | null {
  const left = mentionsIn(c, from, before).filter((m) => m.t1 <= before && !taken.has(m.t0));
  for (let k = left.length - 1; k >= 0; k--) {
    const m = left[k]!;
    if (m.pronoun === 'first') {
      const sp = c.info.speaker ?? doc.lastSpeaker;
      if (sp) return resolved(m, sp.code, 'actor.first-person-speaker');
      continue;
    }
    if (!m.code || m.prep !== null) continue;
    if (canAct(m, c.type, c.trigger.anchor)) return m;
  }
  return null;
}

/** The last actor of the three sentences before; never the state the verb is aimed at ("she accused Russia"), and
 * no organisation when `orgs` is false. */
export function lastActorBefore(c: Candidate, all: Candidate[], except = '', orgs = true): Mention | null {
  let best: Candidate | null = null;
  let other: Mention | null = null;
  for (const o of all) {
    if (!o.actor?.code || o.info.sentence.index >= c.info.sentence.index || o.info.sentence.index < c.info.sentence.index - 3) continue;
    if (o.actor.code === except) {
      // "Russia expelled two Moldovan diplomats. The president accused Russia ...": the other side answers.
      // (Targets are not resolved yet: the first other state after that verb stands for its target.)
      other = o.info.mentions.find((m) => m.code && m.code !== except && m.t0 >= o.trigger.t1 && m.prep !== 'by') ?? other;
    } else if (orgs || !o.actor.rule.startsWith('org.')) best = o; // "the foreign ministry" is no organisation's
  }
  return best?.actor ?? other;
}

export function isUnderPreposition(tokens: { normal: string; pos: string }[], anchor: number, floor: number): boolean {
  let k = anchor - 1;
  while (k >= floor && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'PRON')) k--;
  return k >= floor && /^(over|about|against)$/.test(tokens[k]!.normal);
}

export const ORDER_VERBS = new Set(['order', 'ordered', 'orders', 'told', 'tell', 'tells', 'asked', 'ask', 'asks', 'forced',
  'force', 'instructed', 'demanded', 'demands', 'demanding', 'required', 'requires', 'urged', 'called', 'insisted', 'given', 'gave']);

/** "Moscow ordered the US to cut its staff", "China demanded that Lithuania withdraw its envoy": the mention between
 * an order verb and "to" (or after "that", with the bare verb) right before the trigger. */
export function orderedParty(c: Candidate, from: number, tokens: { normal: string }[]): Mention | null {
  const infinitive = tokens[c.trigger.anchor - 1]?.normal === 'to';
  let end = infinitive ? c.trigger.anchor - 1 : c.trigger.anchor;
  // "had given Moscow until February 1 to cut its staff": the time allowed stands between the party and "to".
  const allowed = infinitive ? c.info.dates.find((d) => d.t1 === end && d.deadline) : undefined;
  if (allowed) end = /^(until|by|till)$/.test(tokens[allowed.t0]?.normal ?? '') ? allowed.t0 : allowed.t0 - 1;
  const m = c.info.mentions.find((x) => x.t1 === end && x.t0 > from && x.code);
  if (!m) return null;
  let k = m.t0 - 1;
  if (tokens[k]?.normal === 'the') k--;
  if (!infinitive && tokens[k]?.normal !== 'that') return null;
  if (!infinitive) k--;
  return ORDER_VERBS.has(tokens[k]?.normal ?? '') ? m : null;
}

export const DECISION = new Set(['decision', 'move', 'order', 'plan', 'attempt', 'choice', 'step', 'threat', 'demand', 'refusal']);

/** "Russia's decision to expel", "the decision of the authorities in Minsk to declare": the decider acts. */
export function nearPossessive(c: Candidate, tokens: { normal: string }[]): Mention | undefined {
  // Up to four tokens, or seven when a decision noun follows the possessive ("Washington's decision on Thursday to").
  const reach = (m: Mention) => (DECISION.has(tokens[m.t1 + 1]?.normal ?? '') ? 8 : 4);
  return c.info.mentions.find((m) => m.code && m.t1 <= c.trigger.anchor && c.trigger.anchor - m.t1 <= reach(m)
    && (m.possessive || (m.role === 'modifier' && DECISION.has(tokens[m.t1]?.normal ?? ''))
      || (m.prep === 'of' && DECISION.has(tokens[m.t0 - 2]?.normal ?? '') || (m.prep === 'of' && DECISION.has(tokens[m.t0 - 3]?.normal ?? '')))));
}

export function agentList(c: Candidate, agent: Mention, tokens: { normal: string }[]): Mention[] {
  const out: Mention[] = [];
  let last = agent;
  for (const m of c.info.mentions) {
    if (m.t0 <= last.t0) continue;
    const between = tokens.slice(last.t1, m.t0).map((t) => t.normal).join(' ');
    if (!m.code || !/^(,|and|, and)( the)?$/.test(between)) break;
    out.push(m);
    last = m;
  }
  return out;
}

/** "Poland, Lithuania and Latvia expelled ...": every state of a list right before the actor acts too. */
export function coActors(c: Candidate, actor: Mention, tokens: { normal: string }[]): Mention[] {
  const out: Mention[] = [];
  let next = actor;
  for (let k = c.info.mentions.indexOf(actor) - 1; k >= 0; k--) {
    const m = c.info.mentions[k]!;
    const between = tokens.slice(m.t1, next.t0).map((t) => t.normal).join(' ');
    if (!m.code || m.prep !== null || !/^(,|and|, and|or)( the)?$/.test(between)) break;
    out.push(m);
    next = m;
  }
  return out;
}

/** "An envoy said Ottawa could expel more, but warned that ...": a verb of saying joined to a reported act goes with
 * the verb of saying before that act (its speaker), not with the act's own subject. */
export function sharesSaying(c: Candidate, prev: Candidate): boolean {
  const says = (k: number) => c.info.cues.some((q) => q.entry.role === 'attribution' && q.t0 === k);
  if (!says(c.trigger.t0) || !prev.actor) return false;
  return c.info.cues.some((q) => q.entry.role === 'attribution' && q.t1 <= prev.actor!.t0 && q.t0 > c.info.sentence.t0);
}

/** "it forced Ottawa to withdraw 41 by threatening to ...": a gerund after "by" tells how the verb before it was done,
 * so its subject is that verb's; returns where that verb stands. */
export function manner(c: Candidate, from: number, tokens: Token[]): number | null {
  if (tokens[c.trigger.anchor - 1]?.normal !== 'by' || !/ing$/.test(tokens[c.trigger.anchor]!.normal)) return null;
  // ("forced Ottawa to withdraw 41 by ...": an infinitive is the object's; the finite verb before it has the subject.)
  for (let k = c.trigger.anchor - 2; k >= from; k--) if (tokens[k]!.pos === 'VERB' && tokens[k - 1]?.normal !== 'to') return k;
  return null;
}
