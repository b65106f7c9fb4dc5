// How many people an expulsion, detention or staff cut affects, with its qualifier: "at least nine British
// diplomats" → 9 at_least; "a Russian diplomat" / "him" → 1 exact; "a diplomat and his wife" → 2; "cut its staff
// by 755" → 755. Unknown stays null: a plural with no number is never guessed.
import type { CountQualifier } from '../../core/types.ts';
import type { Refiner } from '../pipeline.ts';
import type { Token } from '../nlp.ts';
import type { Candidate } from '../types.ts';
import type { ExtractionContext } from '../context.ts';
import { setSpan } from './clause.ts';
import { countInTrigger, includingCount, passiveSubjectCount, recallCount, reductionFromTo, sharedByList, singularEnvoySubject } from './counts.clause.ts';

const COUNTED = new Set(['expel', 'detain', 'reduce_staff']);
const COLLECTIVE = new Set(['staff', 'personnel', 'staffers', 'people']);

export function parseNumber(ctx: ExtractionContext, tokens: Token[], i: number): { value: number; t0: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.isNumber || /^\d[\d,]*$/.test(t.normal)) {
    const v = Number(t.normal.replace(/,/g, ''));
    return Number.isFinite(v) && v > 0 ? { value: v, t0: i } : null;
  }
  const word = ctx.codebook.numbers.words.get(t.normal);
  if (word === undefined) return null;
  // "several hundred", "a few dozen": an order of magnitude, not a count.
  if (/^(several|few|many)$/.test(tokens[i - 1]?.normal ?? '')) return null;
  // "thirty - five": wink splits hyphenated numbers.
  const tens = tokens[i - 2];
  if (tokens[i - 1]?.normal === '-' && tens && word < 10) {
    const tv = ctx.codebook.numbers.words.get(tens.normal);
    if (tv && tv >= 20 && tv % 10 === 0) return { value: tv + word, t0: i - 2 };
  }
  return { value: word, t0: i };
}

function addedGroup(ctx: ExtractionContext, tokens: Token[], i: number, end: number): number {
  const n = parseNumber(ctx, tokens, i);
  if (!n) return 0;
  for (let k = i + 1; k <= i + 3 && k < end; k++) {
    const noun = ctx.codebook.nouns.matchAt(tokens, k, end);
    if (noun) return noun.value.role === 'person' ? n.value : 0;
  }
  return 0;
}

export function qualifierOf(ctx: ExtractionContext, tokens: Token[], t0: number): CountQualifier {
  for (let len = 1; len <= 3; len++) {
    const m = ctx.codebook.numbers.qualifiers.matchAt(tokens, t0 - len, t0);
    if (m && m.t1 === t0) return m.value.qualifier;
  }
  // "at least a dozen", "more than a hundred": the qualifier stands before the article.
  const article = tokens[t0 - 1]?.normal;
  if (article === 'a' || article === 'an') return qualifierOf(ctx, tokens, t0 - 1);
  return 'exact';
}

/** "Iran's ambassador, Ahmad Sadeghi, and three other officials": "N other" people after a named envoy are N + 1. */
function othersBesides(c: Candidate, tokens: Token[], t0: number, k: number): boolean {
  if (tokens[t0 - 1]?.normal !== 'and' || !tokens.slice(k + 1, c.target!.t0 + 1).some((t) => t.normal === 'other')) return false;
  return c.info.mentions.some((m) => m.role === 'person' && m.code === c.target!.code && m.t1 < t0 - 1 && t0 - 1 - m.t1 <= 6);
}

function countBefore(ctx: ExtractionContext, c: Candidate, tokens: Token[]): [number, CountQualifier, number] | null {
  const m = c.target!;
  // Up to three tokens back: "two [Russian] diplomats", "six of its diplomats", "a [senior] Russian diplomat".
  for (let k = m.t0 - 1; k >= Math.max(c.info.sentence.t0, m.t0 - 4); k--) {
    const tok = tokens[k]!;
    const n = parseNumber(ctx, tokens, k);
    if (n) {
      let value = n.value;
      const after = tokens.slice(m.t1, m.t1 + 3).map((t) => t.normal);
      if (value === 1 && after[0] === 'and' && ctx.codebook.numbers.companions.has(after[2] ?? '')) value = 2;
      // "two Russian diplomats and a trade representative": a second counted group of people adds up.
      // ... unless that group belongs to another state ("27 Spanish and 24 Italian diplomats").
      const otherState = c.info.mentions.some((x) => x.t0 > m.t1 && x.t0 <= m.t1 + 3 && x.code && x.code !== m.code);
      const more = after[0] === 'and' && !otherState ? addedGroup(ctx, tokens, m.t1 + 1, c.info.sentence.t1) : 0;
      if (more && !(n.value === 1 && value === 2)) value += more;
      if (othersBesides(c, tokens, n.t0, k)) value += 1;
      const q = ['a', 'an'].includes(tok.normal) && n.value === 12 ? 'about' : qualifierOf(ctx, tokens, n.t0);
      return [value, q, k];
    }
    if (!['of', 'the', 'its', 'their', 'our', 'member', 'members', 'senior', 'junior', 'other', 'more', 'further', 'additional', 'another'].includes(tok.normal)
      && tok.pos !== 'ADJ') break;
  }
  return null;
}

export const countsRefiner: Refiner = {
  id: 'counts',
  refine(ctx, candidates) {
    const { tokens } = ctx.analysis;
    for (const c of candidates) {
      if (c.type === 'recall') {
        const n = recallCount(ctx, c, tokens);
        if (n) { c.count = n.value; c.countQualifier = n.qualifier; c.rules.push('count.recall-number'); }
        continue;
      }
      if (!COUNTED.has(c.type) || !c.target) continue;
      if (c.type === 'reduce_staff') {
        const by = tokens.slice(c.trigger.anchor, c.info.sentence.t1).findIndex((t) => t.normal === 'by');
        const n = by >= 0 ? parseNumber(ctx, tokens, c.trigger.anchor + by + 1) : null;
        if (n) {
          c.count = n.value; c.countQualifier = qualifierOf(ctx, tokens, n.t0);
          const tok = tokens[c.trigger.anchor + by + 1]!;
          setSpan(c, 'count', { start: tokens[n.t0]!.start, end: tok.end, text: ctx.text.slice(tokens[n.t0]!.start, tok.end) }, 'count.reduce-by');
          continue;
        }
        const cut = reductionFromTo(ctx, c, tokens);
        if (cut) { c.count = cut; c.countQualifier = 'exact'; c.rules.push('count.from-to'); continue; }
        // "shed more than 50 additional staff": the people cut, named in the trigger ("to 455" is the cap, not a count).
        const shed = countInTrigger(ctx, c, tokens);
        if (shed && (tokens[shed.t0 - 1]?.normal !== 'to' || shed.qualifier === 'up_to')) {
          c.count = shed.value; c.countQualifier = shed.qualifier; c.rules.push('count.in-trigger');
        }
        continue;
      }
      const group = includingCount(ctx, c, tokens);
      if (group) { c.count = group.value; c.countQualifier = group.qualifier; c.rules.push('count.including'); continue; }
      if (c.rules.includes('target.elliptic-count')) {
        const n = parseNumber(ctx, tokens, c.trigger.t1);
        if (n) { c.count = n.value; c.countQualifier = 'exact'; c.rules.push('count.elliptic'); }
        continue;
      }
      if (c.target.pronoun === 'third-plural') {
        // "expelled 35 diplomats and gave them 72 hours": "them" counts what it refers to.
        const prev = candidates.filter((o) => o.info === c.info && o.trigger.anchor < c.trigger.anchor && o.count !== null).pop();
        if (prev) { c.count = prev.count; c.countQualifier = prev.countQualifier; c.rules.push('count.plural-pronoun'); }
        continue;
      }
      if (c.target.rule.endsWith('+elided-head')) {
        // "expelled the British attache after London had ordered out Russia's": as many as the act it echoes.
        const echoed = candidates.filter((o) => o.info === c.info && o !== c && o.type === c.type && o.count !== null).pop();
        if (echoed) { c.count = echoed.count; c.countQualifier = echoed.countQualifier; c.rules.push('count.elided-head'); }
        continue;
      }
      if (c.target.pronoun === 'third-person') {
        c.count = 1; c.countQualifier = 'exact';
        setSpan(c, 'count', c.target, 'count.singular-pronoun');
        continue;
      }
      // "An Estonian security officer", "two Lithuanian border guards": a demonym before a noun the lexicon does
      // not know still counts people.
      if (c.target.role === 'modifier' && tokens[c.target.t1]?.pos === 'NOUN') {
        const n = countBefore(ctx, c, tokens);
        if (n) { c.count = n[0]; c.countQualifier = n[1]; c.rules.push('count.number'); }
        else if (/^(a|an)$/.test(tokens[c.target.t0 - 1]?.normal ?? '')) { c.count = 1; c.countQualifier = 'exact'; c.rules.push('count.singular-noun'); }
        continue;
      }
      // "Norway will lose two diplomats", "the embassy must withdraw three": a state or mission undergoing the act, its
      // people counted inside the trigger words; so too "in 2019 it ordered two out" after a target taken from before.
      // "asked that eight officials, staff of the Russian embassy, leave": the people counted inside the trigger's gap,
      // before the apposition that names their state.
      if (c.target.t0 > c.trigger.anchor && c.target.t1 <= c.trigger.t1) {
        const n = countInTrigger(ctx, c, tokens);
        if (n && n.t0 < c.target.t0 && tokens.slice(n.t0, c.target.t0).some((t) => /^[,\-–—]$/.test(t.normal))) {
          c.count = n.value; c.countQualifier = n.qualifier; c.rules.push('count.in-trigger'); continue;
        }
      }
      const undergoing = c.trigger.rule.passive && (c.target.role === 'state' || c.target.role === 'mission');
      if (undergoing || c.rules.includes('target.inherit-sibling')) {
        const n = countInTrigger(ctx, c, tokens);
        if (n) { c.count = n.value; c.countQualifier = n.qualifier; c.rules.push('count.in-trigger'); continue; }
        if (undergoing && singularEnvoySubject(ctx, c, tokens)) { c.count = 1; c.countQualifier = 'exact'; c.rules.push('count.singular-envoy'); }
        if (undergoing) continue;
      }
      // "two members of the embassy staff had been declared persona non grata": the subject's number, when the
      // target mention lies outside that subject.
      const subject = passiveSubjectCount(ctx, c, tokens);
      if (subject && (c.target.t1 <= subject.t0 || c.target.t0 >= c.trigger.anchor)) {
        c.count = subject.value; c.countQualifier = subject.qualifier; c.rules.push('count.passive-subject');
        continue;
      }
      // People are diplomats, nationals, or "officials" (a government noun that still counts heads).
      const officials = /official/.test(c.target.text.toLowerCase());
      if (c.target.role !== 'person' && c.target.role !== 'national' && !officials) {
        // "two Lithuanian border guards": a government body named by its people counts only when a number says so.
        const n = c.target.role === 'government' ? countBefore(ctx, c, tokens) : null;
        if (n) { c.count = n[0]; c.countQualifier = n[1]; c.rules.push('count.number'); }
        continue;
      }
      const found = countBefore(ctx, c, tokens);
      if (!found) {
        // Any noun of the mention in the plural ("employees of the Russian embassy in Oslo"); wink's lemma tells
        // plurals ("diplomats" → "diplomat") from words that merely end in s ("d'affaires").
        const nouns = tokens.slice(c.target.t0, c.target.t1).filter((t) => t.pos === 'NOUN');
        // A people's name alone ("the expulsion of Russians") is tagged a proper noun, whose lemma is itself.
        const people = c.target.t1 - c.target.t0 === 1 && tokens[c.target.t0]!.pos === 'PROPN' && /[^s]s$/.test(tokens[c.target.t0]!.normal);
        const plural = people || nouns.some((t) => (t.lemma !== t.normal && /s$/.test(t.normal)) || COLLECTIVE.has(t.normal))
          || tokens.slice(Math.max(0, c.target.t0 - 2), c.target.t0).some((t) => /^(several|some|many|dozens|all|various)$/.test(t.normal));
        // "the Russian consul and two other Russian diplomats": a counted group after the one person adds up.
        const t = c.target;
        const foreign = c.info.mentions.some((x) => x.t0 > t.t1 && x.t0 <= t.t1 + 4 && x.code && x.code !== t.code);
        const more = tokens[t.t1]?.normal === 'and' && !foreign ? addedGroup(ctx, tokens, t.t1 + 1, c.info.sentence.t1) : 0;
        if (!plural) { c.count = 1 + more; c.countQualifier = 'exact'; setSpan(c, 'count', c.target, 'count.singular-noun'); }
        continue;
      }
      const [value, q, k] = found;
      c.count = value; c.countQualifier = q;
      setSpan(c, 'count', { start: tokens[k]!.start, end: c.target.end, text: ctx.text.slice(tokens[k]!.start, c.target.end) }, 'count.number');
    }
    for (const c of candidates) {
      if (c.count !== null && sharedByList(c, candidates)) { c.count = null; c.countQualifier = null; delete c.spans.count; c.rules.push('count.shared-by-list'); }
    }
    return candidates;
  },
};
