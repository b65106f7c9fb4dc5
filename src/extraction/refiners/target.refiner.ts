// Whom the act is aimed at, by the type's role table (data/rules/roles.json): passive subjects, objects with an
// allowed role ("a Russian diplomat"), prepositional targets ("relations with Ecuador"), a state's own mission
// abroad (target = host), pronouns ("ordered him to leave" → the previous act's target), coordinated targets
// ("with Congo and Costa Rica": one event each), and for speech acts any other state the sentence names.
import type { RoleSpec } from '../../codebook/codebook.types.ts';
import type { Refiner } from '../pipeline.ts';
import type { Candidate, Mention } from '../types.ts';
import type { Token } from '../nlp.ts';
import { leftStart, mentionsIn, objectMentions, previousSibling, rightEnd, sentenceCandidates, setSpan, voiceOf } from './clause.ts';

// Acts two states do together ("Cuba and the United States restored relations"): each is the other's target.
const SYMMETRIC = new Set(['restore', 'break_relations', 'downgrade_relations']);
const EACH_OTHER = /\b(each other|one another)\b/i;
const FALLBACK_TYPES = new Set(['threaten', 'reject', 'protest', 'accuse']);
const OBJECT_PREPS = new Set([null, 'of']);
const ORGS = new Set(['UN', 'EU', 'NATO']);
const RELATIONS_RULE = /relations|establish|upgrade|lift|release/;

/** "The company recalled a batch of scanners sold in Central Asia": a recall needs an envoy before its host. */
function envoyBefore(c: Candidate, host: Mention): boolean {
  return c.trigger.rule.groups.length > 1 || c.info.mentions.some((m) => m.t0 > c.trigger.anchor && m.t1 <= host.t0
    && (m.role === 'person' || m.role === 'mission')) || /ambassador|envoy|diplomat|charg|commissioner|consul|staff|embassy|mission|representation/i
    .test(c.info.sentence.text.slice(c.spans.trigger!.end - c.info.sentence.start, host.start - c.info.sentence.start));
}

function hostAfter(c: Candidate, spec: RoleSpec, from: number, to: number): Mention | null {
  return objectMentions(c, to).find((m) => m.t0 >= from && m.code && m.prep !== null && spec.hostPreps.has(m.prep)
    && (m.role === 'state' || m.role === 'government')) ?? null;
}

function pickTarget(c: Candidate, spec: RoleSpec, end: number, all: Candidate[]): [Mention | null, string] {
  const actor = c.actor?.code ?? '';
  if (c.orderedParty && c.orderedParty.code !== actor) return [c.orderedParty, 'target.ordered-party'];
  for (const found of objectMentions(c, end)) {
    // "called in Russia's ambassador": the particle belongs to the trigger, not to the mention.
    const m = found.t0 === c.trigger.t1 && found.prep ? { ...found, prep: null } : found;
    if (m.prep === 'by' && c.type !== 'threaten') continue;
    if (m.pronoun === 'own' || (m.code === actor && m.host)) {
      if (!spec.ownMission) continue;
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
      continue;
    }
    if (!m.code || m.code === actor) continue;
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
function joinedBy(tokens: Token[], from: number, to: number): boolean {
  return /^and( the)?$/.test(tokens.slice(from, to).map((t) => t.normal).join(' '));
}

/** "with Congo and Costa Rica", "from Sweden, Norway and Denmark": a list needs its "and"/"or"; "40 Russian
 * Diplomats, France 35" is not one. */
function coordinated(c: Candidate, target: Mention, end: number, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  let last = target;
  let joined = false;
  for (const m of objectMentions(c, end)) {
    if (m.t0 <= last.t0 || !m.code || m.code === c.actor?.code) continue;
    const between = tokens.slice(last.t1, m.t0).map((t) => t.normal).join(' ');
    // "27 Spanish and 24 Italian diplomats": a number may open the next member of the list.
    if (!/^(,|and|or|, and|, or)( the| [0-9,]+| [a-z]+)?$/.test(between) || (m.role !== target.role && m.role !== 'state')) break;
    if (/ [a-z]+$/.test(between) && !/ the$/.test(between) && !/^(,|and|or|, and|, or) (one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|[a-z]+ty)$/.test(between)) break;
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
function directObjectIsForeign(c: Candidate, tokens: Token[]): boolean {
  if (!DIRECT.has(c.trigger.rule.id)) return false;
  for (let k = c.trigger.t1; k < c.info.sentence.t1; k++) {
    const t = tokens[k]!;
    if (c.info.mentions.some((m) => k >= m.t0 && k < m.t1)) return false;
    if (SKIP_POS.has(t.pos) || QUANTITY.has(t.normal) || t.normal === 'on' || t.normal === 'out' || t.normal === 'of') continue;
    return t.pos === 'NOUN';
  }
  return false;
}

export const targetRefiner: Refiner = {
  id: 'target',
  refine(ctx, candidates) {
    const { tokens } = ctx.analysis;
    const out: Candidate[] = [];
    for (const c of candidates) {
      const spec = ctx.codebook.roles.get(c.type)!;
      const siblings = sentenceCandidates(candidates, c);
      const end = rightEnd(c, siblings);
      let target: Mention | null = null;
      let rule = '';
      if (voiceOf(c, tokens) === 'passive') {
        const subj = mentionsIn(c, leftStart(c, siblings), c.trigger.anchor).filter((m) => m.code && m.code !== c.actor?.code);
        const last = subj[subj.length - 1];
        if (last) { target = last; rule = 'target.passive-subject'; }
        if (!c.actor && target?.host) { c.actor = { ...target, code: target.host }; setSpan(c, 'actor', target, 'actor.host-of-target'); }
        if (!c.actor && target) {
          // "two more British diplomats were ordered out": by whoever last acted against the same state.
          const t = target;
          const prior = candidates.filter((o) => o.actor?.code && o.target?.code === t.code && o.actor.code !== t.code
            && o.info.sentence.index < c.info.sentence.index && o.info.sentence.index >= c.info.sentence.index - 3).pop();
          if (prior?.actor) { c.actor = prior.actor; setSpan(c, 'actor', prior.actor, 'actor.passive-discourse'); }
        }
      }
      if (!target && !directObjectIsForeign(c, tokens)) [target, rule] = pickTarget(c, spec, end, candidates);
      if (!target && c.actor) {
        // "Italy expelled 30": a bare number for an object counts more of the same people as the act before.
        const n = tokens[c.trigger.t1];
        const after = tokens[c.trigger.t1 + 1];
        if (n?.pos === 'NUM' && (!after || !/^(NOUN|PROPN)$/.test(after.pos) || c.info.mentions.some((m) => m.t0 === c.trigger.t1 + 1))) {
          const prev = candidates.filter((o) => o !== c && o.target?.code && o.type === c.type && o.actor?.code !== c.actor!.code
            && (o.info === c.info ? o.trigger.anchor < c.trigger.anchor : o.info.sentence.index === c.info.sentence.index - 1)).pop();
          if (prev?.target) { target = prev.target; rule = 'target.elliptic-count'; }
        }
      }
      if (!target) {
        // "summoned the Russian ambassador but stopped short of expelling any diplomats": same sides as before.
        const prev = previousSibling(c, siblings);
        const bare = tokens.slice(c.trigger.anchor + 1, end).some((t) => ctx.codebook.nouns.has(t.normal));
        if (prev?.target && prev.actor?.code === c.actor?.code && bare) { target = prev.target; rule = 'target.inherit-sibling'; }
      }
      if (!target && FALLBACK_TYPES.has(c.type)) {
        const other = c.info.mentions.find((m) => m.code && m.code !== c.actor?.code && m !== c.actor && m.role !== 'person');
        if (other) { target = other; rule = 'target.sentence-fallback'; }
      }
      if (!target && c.actor && (FALLBACK_TYPES.has(c.type) || c.type === 'recall')) {
        // "This step will not go unanswered": the other side of the act just reported.
        // A threat to respond is aimed at whoever last acted against the threatening state, however far back.
        const reach = c.type === 'threaten' || c.type === 'reject' ? Infinity : 3;
        const prior = candidates.filter((o) => o !== c && o.actor?.code && o.target?.code && o.info.sentence.index <= c.info.sentence.index
          && o.trigger.anchor < c.trigger.anchor && c.info.sentence.index - o.info.sentence.index <= reach);
        const against = c.type === 'threaten' ? prior.filter((o) => o.target!.code === c.actor!.code && o.actor!.code !== c.actor!.code).pop()
          // A rejection answers whoever accused the rejecting state.
          : c.type === 'reject' ? prior.filter((o) => o.type === 'accuse' && o.target!.code === c.actor!.code).pop() : undefined;
        const before = against ?? prior.filter((o) => o.actor!.code === c.actor!.code || o.target!.code === c.actor!.code).pop();
        if (before) { target = before.actor!.code === c.actor.code ? before.target : before.actor; rule = 'target.discourse'; }
      }
      if (!target && c.actor && (SYMMETRIC.has(c.type) || EACH_OTHER.test(c.info.sentence.text))) {
        const a = c.actor;
        const partner = c.info.mentions.find((m) => m.code && m.code !== a.code && m.t1 <= c.trigger.anchor
          && (joinedBy(tokens, a.t1, m.t0) || joinedBy(tokens, m.t1, a.t0)));
        if (partner) { target = partner; rule = 'target.co-subject'; }
      }
      if (!target) { out.push(c); continue; }
      c.target = target;
      setSpan(c, 'target', target, rule);
      out.push(c);
      for (const extra of coordinated(c, target, end, tokens)) {
        const copy: Candidate = { ...c, key: `${c.key}+${extra.start}`, target: extra, rules: [...c.rules, 'target.coordination'],
          spans: { ...c.spans } };
        setSpan(copy, 'target', extra, 'target.coordination');
        out.push(copy);
      }
    }
    return out;
  },
};
