// Helpers for the target strategies: the object side of a clause by the type's role table, hosts of own missions,
// pronouns, lists joined by and/or, symmetric partners.
import type { RoleSpec } from '../../codebook/codebook.types.ts';
import type { Candidate, Mention } from '../types.ts';
import type { Token } from '../nlp.ts';
import { objectMentions, previousSibling } from './clause.ts';

// Acts two states do together ("Cuba and the United States restored relations"): each is the other's target.
export const SYMMETRIC = new Set(['restore', 'break_relations', 'downgrade_relations']);
export const EACH_OTHER = /\b(each other|one another|the other's|the other side's)\b/i;
export const FALLBACK_TYPES = new Set(['threaten', 'reject', 'protest', 'accuse']);
const OBJECT_PREPS = new Set([null, 'of']);
const ORGS = new Set(['UN', 'EU', 'NATO']);
const RELATIONS_RULE = /relations|establish|upgrade|lift|release/;

/** "The company recalled a batch of scanners sold in Central Asia": a recall needs an envoy before its host. */
export function envoyBefore(c: Candidate, host: Mention): boolean {
  return c.trigger.rule.groups.length > 1 || c.info.mentions.some((m) => m.t0 > c.trigger.anchor && m.t1 <= host.t0
    && (m.role === 'person' || m.role === 'mission')) || /ambassador|envoy|diplomat|charg|commissioner|consul|staff|embassy|mission|representation/i
    .test(c.info.sentence.text.slice(c.spans.trigger!.end - c.info.sentence.start, host.start - c.info.sentence.start));
}

export function hostAfter(c: Candidate, spec: RoleSpec, from: number, to: number): Mention | null {
  return objectMentions(c, to).find((m) => m.t0 >= from && m.code && m.prep !== null && spec.hostPreps.has(m.prep)
    && (m.role === 'state' || m.role === 'government')) ?? null;
}

const NEW_CLAUSE = new Set(['and', ',', 'but', ';', 'while', 'whereas']);
// Not "before" or "since": often adverbs or prepositions ("relations with neighbours before, notably with Colombia").
const SUBORDINATORS = new Set(['after', 'because', 'when', 'while', 'although', 'though', 'until', 'unless', 'if', 'whereas']);

/** "condemning the campaign, and the Czech Republic said ...": a state with its own verb after a conjunction opens a
 * new clause; "downgraded relations after a UN report": a name after a subordinator is in another clause. */
export function outsideClause(c: Candidate, m: Mention, tokens: Token[]): boolean {
  const k = tokens[m.t0 - 1]?.normal === 'the' ? m.t0 - 2 : m.t0 - 1;
  if (NEW_CLAUSE.has(tokens[k]?.normal ?? '') && /^(VERB|AUX)$/.test(tokens[m.t1]?.pos ?? '')) return true;
  // A threat is aimed at whoever its condition names: "vowed to retaliate if Germany expelled ...".
  return c.type !== 'threaten' && tokens.slice(c.trigger.t1, m.t0).some((t) => SUBORDINATORS.has(t.normal))
    || newSubjectBetween(tokens, c.trigger.t1, m.t0);
}

/** "dismissed it as unfounded, and its officials have denied sending drones to Russia": ", and" with a subject and
 * a verb of its own opens another clause, whose names are not this act's. */
function newSubjectBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 2; k++) {
    if (tokens[k]!.normal !== ',' || !/^(and|but)$/.test(tokens[k + 1]!.normal) || /^(VERB|AUX|ADV)$/.test(tokens[k + 2]!.pos)) continue;
    for (let j = k + 3; j < Math.min(to, k + 7); j++) if (/^(VERB|AUX)$/.test(tokens[j]!.pos)) return true;
  }
  return false;
}

const TELL = /^(told|warned|informed|notified)$/;

/** "New Delhi told Ottawa it would strip them of immunity": the people of the state told are the ones meant. */
function addressee(c: Candidate, tokens: Token[]): Mention | null {
  return c.info.mentions.find((x) => {
    if (!x.code || x.t1 >= c.trigger.t0 || !TELL.test(tokens[x.t0 - 1]?.normal ?? '')) return false;
    const k = tokens[x.t1]?.normal === 'that' ? x.t1 + 1 : x.t1;
    return /^(it|they)$/.test(tokens[k]?.normal ?? '') && /^(would|will)$/.test(tokens[k + 1]?.normal ?? '');
  }) ?? null;
}

/** "called in Russia's ambassador", "called in the Russian ambassador": the trigger ends in the particle the mention's
 * preposition was read from ("complained to the United Nations" keeps its preposition: "to" is no particle). */
function particleObject(c: Candidate, m: Mention, tokens: Token[]): boolean {
  if (!m.prep || tokens[c.trigger.t1 - 1]?.normal !== m.prep) return false;
  return m.t0 === c.trigger.t1 || (m.prep === 'in' && tokens.slice(c.trigger.t1, m.t0).every((t) => t.pos === 'DET' || t.pos === 'ADJ'));
}

/** "Russia protested after Norway expelled two of its diplomats": no state expels its own people, so "its" names the
 * state that opens the sentence, when that is another state than the actor. */
function ownAntecedent(c: Candidate, actor: string): Mention | null {
  const first = c.info.mentions.find((x) => x.code && x.t1 <= c.trigger.t0);
  return first && first.code !== actor && first.prep === null && !first.possessive ? first : null;
}

export function pickTarget(c: Candidate, spec: RoleSpec, end: number, all: Candidate[], tokens: Token[]): [Mention | null, string] {
  const actor = c.actor?.code ?? '';
  if (c.orderedParty && c.orderedParty.code !== actor) return [c.orderedParty, 'target.ordered-party'];
  for (const found of objectMentions(c, end)) {
    // "called in Russia's ambassador": the particle belongs to the trigger, not to the mention.
    const m = particleObject(c, found, tokens) ? { ...found, prep: null } : found;
    if (m.prep === 'by' && c.type !== 'threaten') continue;
    if (m.pronoun === 'own' || (m.code === actor && m.host)) {
      if (!spec.ownMission) {
        const other = m.pronoun === 'own' ? ownAntecedent(c, actor) : null;
        if (other) return [{ ...m, code: other.code }, 'target.own-antecedent'];
        continue;
      }
      const host = m.host ?? hostAfter(c, spec, m.t1, end)?.code ?? null;
      if (host && host !== actor) return [{ ...m, code: host }, 'target.own-mission-host'];
      continue;
    }
    if (m.pronoun === 'first') {
      const sp = c.info.speaker;
      if (sp && sp.code !== actor) return [{ ...m, code: sp.code }, 'target.first-person-speaker'];
      continue;
    }
    if (m.pronoun === 'third-person' || m.pronoun === 'third-plural') {
      const prev = previousSibling(c, all.filter((o) => o.info === c.info));
      if (prev?.target) return [{ ...m, code: prev.target.code }, 'target.pronoun'];
      const to = m.pronoun === 'third-plural' ? addressee(c, tokens) : null;
      if (to && to.code !== actor) return [{ ...m, code: to.code }, 'target.addressee'];
      continue;
    }
    if (!m.code || m.code === actor || outsideClause(c, m, tokens)) continue;
    // "the sanctions Japan had imposed over the invasion of Ukraine": a state inside the grievance is not the target.
    if (m.prep === 'of' && tokens.slice(Math.max(c.trigger.t1, m.t0 - 5), m.t0).some((t) => t.normal === 'over' || t.normal === 'amid')) continue;
    // "adopt the EU's sanctions": the owner of the measure named by the trigger is not its target; "restricted
    // Belarus's access to markets" owns what the measure takes away, and is.
    const owned = tokens[m.t1]?.normal === "'s" ? m.t1 + 1 : m.t1;
    if (m.possessive && m.t1 < c.trigger.t1 && (owned === c.trigger.anchor || owned === c.trigger.t1 - 1)) continue;
    // A host country ("from Moscow", "its embassy in Tehran") only for acts about envoys and missions; "restore ties in
    // a China-brokered deal" names no host.
    if (spec.hostPreps.has(m.prep ?? '') && (c.type === 'recall' || (spec.ownMission && (m.role === 'state' || m.role === 'government')
      && (!RELATIONS_RULE.test(c.trigger.rule.id) || envoyBefore(c, m)))) && (c.type !== 'recall' || envoyBefore(c, m))) {
      return [m, 'target.host'];
    }
    // "complained to the United Nations over Israeli raids": an international body addressed is a forum.
    if (c.type === 'protest' && m.prep === 'to' && ORGS.has(m.code)) continue;
    if (!spec.objectRoles.has(m.role)) continue;
    if (OBJECT_PREPS.has(m.prep) || spec.preps.has(m.prep!)) return [m, 'target.object'];
  }
  return [null, ''];
}

/** "Cuba and the United States": two mentions joined by "and", with an article allowed. */
export function joinedBy(tokens: Token[], from: number, to: number): boolean {
  return /^and( the)?$/.test(tokens.slice(from, to).map((t) => t.normal).join(' '));
}

/** "with Congo and Costa Rica", "from Sweden, Norway and Denmark": a list needs its "and"/"or"; "40 Russian
 * Diplomats, France 35" is not one. */
export function coordinated(c: Candidate, target: Mention, end: number, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  let last = target;
  let joined = false;
  for (const m of objectMentions(c, end)) {
    if (m.t0 <= last.t0 || !m.code || m.code === c.actor?.code) continue;
    const between = tokens.slice(last.t1, m.t0).map((t) => t.normal).join(' ');
    // "27 Spanish and 24 Italian diplomats": a number may open the next member of the list.
    if (!/^(,|and|or|, and|, or)( the| [0-9,]+| [a-z]+)?$/.test(between) || (m.role !== target.role && m.role !== 'state')) break;
    if (/ [a-z]+$/.test(between) && !/ the$/.test(between) && !/^(,|and|or|, and|, or) (one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|[a-z]+ty)$/.test(between)) break;
    // "a Russian diplomat and Finland summons ...": a state followed by its own verb opens a new clause.
    if (/^(VERB|AUX)$/.test(tokens[m.t1]?.pos ?? '') || c.info.triggers.some((t) => t.anchor === m.t1)) break;
    joined ||= /\b(and|or)\b/.test(between);
    out.push(m);
    last = m;
  }
  return joined ? out : [];
}

const DIRECT = new Set(['expel.verb', 'detain.verb', 'summon.verb']);
const SKIP_POS = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PART', 'AUX']);
const QUANTITY = new Set(['dozens', 'hundreds', 'scores', 'handful', 'number', 'group', 'all', 'several', 'some', 'total',
  'majority', 'half', 'third', 'rest', 'remainder', 'pair', 'couple', 'dozen']);

/** "The party expelled a regional politician who praised the Kremlin": the object is not a state's agent. */
export function directObjectIsForeign(c: Candidate, tokens: Token[]): boolean {
  if (!DIRECT.has(c.trigger.rule.id)) return false;
  for (let k = c.trigger.t1; k < c.info.sentence.t1; k++) {
    const t = tokens[k]!;
    if (c.info.mentions.some((m) => k >= m.t0 && k < m.t1)) return false;
    if (SKIP_POS.has(t.pos) || QUANTITY.has(t.normal) || t.normal === 'on' || t.normal === 'out' || t.normal === 'of') continue;
    return t.pos === 'NOUN';
  }
  return false;
}

/** "Riga expelled the Russian envoy. Days later the Latvian charge d'affaires was summoned": with no agent and nobody
 * acting against the summoned state before, the state it last acted against (up to three sentences back) answers. */
export function counterpartOf(c: Candidate, target: Mention, all: Candidate[]): Mention | null {
  if (c.type !== 'summon' && c.type !== 'expel') return null;
  // The last act of the envoy's state against another, in c's sentence before it or the three sentences before.
  const prior = all.filter((o) => o !== c && o.actor?.code === target.code && o.target?.code && o.target.code !== target.code
    && o.info.sentence.index <= c.info.sentence.index && c.info.sentence.index - o.info.sentence.index <= 3
    && (o.info !== c.info || o.trigger.anchor < c.trigger.anchor)).pop();
  return prior?.target ?? null;
}
