// Who acts. Active voice: the nearest state-like mention on the subject side that is not inside a prepositional
// phrase ("In response to Russia's move, Britain expelled..." → Britain). Passive: the "by"/"from" agent.
// Nominal: the possessive before the noun ("Russia's expulsion of ..."). Then, in order: a coordinated verb's
// subject, the speaker of a quote, the previous act's actor when the subject is a pronoun.
import type { ActionType } from '../../core/types.ts';
import type { Refiner } from '../pipeline.ts';
import type { Candidate, DocumentState, Mention } from '../types.ts';
import { leftStart, mentionsIn, objectMentions, previousSibling, rightEnd, sentenceCandidates, setSpan, voiceOf } from './clause.ts';

const ACTOR_ROLES = new Set(['state', 'government', 'mission']);
const SPEECH: Set<ActionType> = new Set(['protest', 'reject', 'accuse', 'threaten']);
const LEAVE = new Set(['leave', 'quit', 'depart']);
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'which', 'who']);

function resolved(m: Mention, code: string, rule: string): Mention {
  return { ...m, code, rule: `${m.rule}>${rule}` };
}

/** A diplomat may voice a protest ("the British ambassador protested"), but only as the verb's own subject. */
function canAct(m: Mention, type: ActionType, anchor: number): boolean {
  return ACTOR_ROLES.has(m.role) || (SPEECH.has(type) && m.role === 'person' && anchor - m.t1 <= 2)
    || (m.role === 'modifier' && m.possessive);
}

function subjectActor(c: Candidate, from: number, doc: DocumentState, before = c.trigger.anchor,
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

function lastActorBefore(c: Candidate, all: Candidate[]): Mention | null {
  let best: Candidate | null = null;
  for (const o of all) {
    if (o.actor?.code && o.info.sentence.index < c.info.sentence.index && o.info.sentence.index >= c.info.sentence.index - 3) best = o;
  }
  return best?.actor ?? null;
}

function isUnderPreposition(tokens: { normal: string; pos: string }[], anchor: number, floor: number): boolean {
  let k = anchor - 1;
  while (k >= floor && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'PRON')) k--;
  return k >= floor && /^(over|about|against)$/.test(tokens[k]!.normal);
}

const ORDER_VERBS = new Set(['order', 'ordered', 'orders', 'told', 'tell', 'tells', 'asked', 'ask', 'asks', 'forced',
  'force', 'instructed', 'demanded', 'required', 'requires', 'urged', 'called']);

/** "Moscow ordered the US to cut its staff": the mention between an order verb and "to" right before the trigger. */
function orderedParty(c: Candidate, from: number, tokens: { normal: string }[]): Mention | null {
  if (tokens[c.trigger.anchor - 1]?.normal !== 'to') return null;
  const m = c.info.mentions.find((x) => x.t1 === c.trigger.anchor - 1 && x.t0 > from && x.code);
  if (!m) return null;
  let k = m.t0 - 1;
  if (tokens[k]?.normal === 'the') k--;
  return ORDER_VERBS.has(tokens[k]?.normal ?? '') ? m : null;
}

const DECISION = new Set(['decision', 'move', 'order', 'plan', 'attempt', 'choice', 'step', 'threat', 'demand', 'refusal']);

/** "Russia's decision to expel", "the decision of the authorities in Minsk to declare": the decider acts. */
function nearPossessive(c: Candidate, tokens: { normal: string }[]): Mention | undefined {
  // Up to four tokens, or seven when a decision noun follows the possessive ("Washington's decision on Thursday to").
  const reach = (m: Mention) => (DECISION.has(tokens[m.t1 + 1]?.normal ?? '') ? 8 : 4);
  return c.info.mentions.find((m) => m.code && m.t1 <= c.trigger.anchor && c.trigger.anchor - m.t1 <= reach(m)
    && (m.possessive || (m.role === 'modifier' && DECISION.has(tokens[m.t1]?.normal ?? ''))
      || (m.prep === 'of' && DECISION.has(tokens[m.t0 - 2]?.normal ?? '') || (m.prep === 'of' && DECISION.has(tokens[m.t0 - 3]?.normal ?? '')))));
}

function agentList(c: Candidate, agent: Mention, tokens: { normal: string }[]): Mention[] {
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
function coActors(c: Candidate, actor: Mention, tokens: { normal: string }[]): Mention[] {
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

export const actorRefiner: Refiner = {
  id: 'actor',
  refine(ctx, candidates, doc) {
    const { tokens } = ctx.analysis;
    const extra: Candidate[] = [];
    for (const c of candidates) {
      const siblings = sentenceCandidates(candidates, c);
      const from = leftStart(c, siblings);
      const voice = voiceOf(c, tokens);
      let actor: Mention | null = null;
      let rule = '';
      const speaker = c.info.speaker ?? (c.info.quoted.has(c.trigger.anchor) ? doc.lastSpeaker : null);
      if (c.trigger.rule.actorFromSpeaker && speaker) { actor = speaker; rule = 'actor.speaker-judgement'; }
      if (actor) { /* decided by the rule */ } else if (voice === 'passive') {
        const leaving = (m: Mention) => c.type === 'expel' && LEAVE.has(tokens[m.t0 - 1]?.normal ?? '');
        const agent = objectMentions(c, rightEnd(c, siblings)).find((m) => m.code && (ACTOR_ROLES.has(m.role) || leaving(m))
          && (m.prep === 'by' || (c.type === 'summon' && m.prep === 'to') || (c.type === 'expel' && m.prep === 'from') || leaving(m)));
        if (agent) { actor = agent; rule = 'actor.passive-agent'; }
        // "were detained in China": a detention happens where the detaining state is.
        const place = c.type === 'detain' && !agent ? objectMentions(c, rightEnd(c, siblings)).find((m) => m.code && m.prep === 'in' && m.role === 'state') : undefined;
        if (place) { actor = place; rule = 'actor.passive-location'; }
      } else if (voice === 'nominal' || nearPossessive(c, tokens)) {
        const poss = nearPossessive(c, tokens);
        const by = objectMentions(c, rightEnd(c, siblings)).find((m) => m.prep === 'by' && m.code);
        if (poss) { actor = poss; rule = 'actor.nominal-possessive'; } else if (by) { actor = by; rule = 'actor.nominal-by'; }
      }
      const ordered = orderedParty(c, from, tokens);
      if (!actor && ordered && voice !== 'passive') {
        // The state giving the order acts; the state ordered is the target.
        c.orderedParty = ordered;
        actor = subjectActor(c, from, doc, ordered.t0 - 1);
        if (actor) rule = 'actor.orderer';
      }
      // "lodged a protest with China over the detention of a Japanese businessman": a nominal act under a
      // preposition is not done by the sentence's subject.
      const embedded = voice === 'nominal' && isUnderPreposition(tokens, c.trigger.anchor, c.info.sentence.t0);
      if (embedded && !actor && c.type === 'detain') {
        const place = objectMentions(c, rightEnd(c, siblings)).find((m) => m.code && m.prep === 'in' && m.role === 'state');
        if (place) { actor = place; rule = 'actor.nominal-location'; }
      }
      if (!actor && voice !== 'passive' && !embedded) {
        // The object of an earlier verb in the sentence is not this verb's subject.
        // (Targets come later; the mention in an earlier verb's direct-object position stands for it.)
        const taken = new Set<number>();
        for (const o of siblings) {
          if (o.trigger.anchor >= c.trigger.anchor) continue;
          const object = c.info.mentions.find((m) => m.t0 >= o.trigger.t1 && m.t0 - o.trigger.t1 <= 3 && m.t1 <= c.trigger.anchor);
          if (object) taken.add(object.t0);
        }
        actor = subjectActor(c, from, doc, c.trigger.anchor, taken);
        if (actor) rule = actor.rule.includes('first-person') ? 'actor.first-person-speaker' : 'actor.subject';
      }
      const prev = previousSibling(c, siblings);
      if (!actor && prev?.actor && from >= prev.trigger.t1) { actor = prev.actor; rule = 'actor.coordination'; }
      // A quote's speaker acts; so does the state announcing a passive act with no agent ("... were ordered out,
      // the ministry in Berlin said").
      if (!actor && c.info.speaker && (voice !== 'passive' || !c.info.quoted.has(c.trigger.anchor))) {
        actor = c.info.speaker; rule = voice === 'passive' ? 'actor.passive-announcer' : 'actor.speaker';
      }
      if (!actor) {
        // "It also closed ...", "The ministry summoned ...": a pronoun or a state-less government noun refers back.
        const hasPronoun = tokens.slice(from, c.trigger.anchor).some((t) => SUBJECT_PRONOUNS.has(t.normal))
          || ctx.codebook.nouns.scan(tokens, from, c.trigger.anchor).some((m) => m.value.role === 'government')
            && !c.info.mentions.some((m) => m.t0 >= from && m.t1 <= c.trigger.anchor && m.code);
        const before = lastActorBefore(c, candidates);
        if (hasPronoun && before) { actor = before; rule = 'actor.discourse'; }
      }
      if (!actor && c.type === 'expel') {
        // "The host government ordered all 18 staff ... to leave Poland": the country they must leave expels them.
        const left = objectMentions(c, rightEnd(c, siblings)).find((m) => m.code && m.role === 'state'
          && LEAVE.has(tokens[m.t0 - 1]?.normal ?? ''));
        if (left) { actor = left; rule = 'actor.country-left'; }
      }
      if (actor) { c.actor = actor; setSpan(c, 'actor', actor, rule); }
      // "sanctioned by Britain, Canada, the European Union and the United States": every agent of the list acts.
      const list = rule === 'actor.subject' ? coActors(c, actor!, tokens) : rule === 'actor.passive-agent' ? agentList(c, actor!, tokens) : [];
      if (actor) {
        for (const other of list) {
          const copy: Candidate = { ...c, key: `${c.key}+a${other.start}`, actor: other, rules: [...c.rules], spans: { ...c.spans } };
          setSpan(copy, 'actor', other, 'actor.coordination-list');
          extra.push(copy);
        }
      }
    }
    return [...candidates, ...extra];
  },
};
