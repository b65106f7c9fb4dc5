// Finds action triggers with the compiled patterns of data/rules/triggers.json and makes one candidate per match.
// Gaps never cross sentence-internal stops (; : ( )), so "expel ... accreditation" stays in one clause.
import type { TriggerRule } from '../../codebook/codebook.types.ts';
import type { Recognizer } from '../pipeline.ts';
import type { Token } from '../nlp.ts';
import type { Candidate, SentenceInfo, Trigger } from '../types.ts';

const STOPS = new Set(['.', ';', ':', '!', '?', '(', ')']);

function phraseAt(tokens: Token[], i: number, words: string[], end: number): number {
  if (i + words.length > end) return -1;
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k]!;
    if (t.normal !== words[k] && t.lemma !== words[k]) return -1;
  }
  return i + words.length;
}

/** A group's alternatives by first word. Only an alternative whose first word is a token's normal form or lemma can
 * match there; trying every alternative (up to 24) at each token of a gap was most of this recogniser's time. */
type GroupIndex = Map<string, string[][]>;
const indexes = new WeakMap<TriggerRule, GroupIndex[]>();

function groupIndexes(rule: TriggerRule): GroupIndex[] {
  let out = indexes.get(rule);
  if (!out) {
    out = rule.groups.map((group) => {
      const index: GroupIndex = new Map();
      for (const alt of group) index.set(alt[0]!, [...index.get(alt[0]!) ?? [], alt]);
      return index;
    });
    indexes.set(rule, out);
  }
  return out;
}

function groupAt(tokens: Token[], i: number, index: GroupIndex, end: number): number {
  if (i >= end) return -1; // no alternative is empty, so none fits
  const tok = tokens[i]!;
  let best = -1;
  const byNormal = index.get(tok.normal);
  if (byNormal) for (const alt of byNormal) best = Math.max(best, phraseAt(tokens, i, alt, end));
  const byLemma = tok.lemma === tok.normal ? undefined : index.get(tok.lemma);
  if (byLemma) for (const alt of byLemma) best = Math.max(best, phraseAt(tokens, i, alt, end));
  return best;
}

/** Matches a rule whose first group starts at i: the end token index and where each group starts, or null. */
export function matchRule(tokens: Token[], rule: TriggerRule, i: number, end: number): { end: number; starts: number[] } | null {
  const groups = groupIndexes(rule);
  let at = groupAt(tokens, i, groups[0]!, end);
  if (at < 0) return null;
  const starts = [i];
  for (let g = 1; g < rule.groups.length; g++) {
    const gap = rule.gaps[g - 1] ?? 0;
    let found = -1;
    let k = at;
    for (; k <= Math.min(at + gap, end - 1); k++) {
      found = groupAt(tokens, k, groups[g]!, end);
      if (found >= 0) break;
      if (STOPS.has(tokens[k]!.normal)) break;
      // "ties were cut", "relations, severed by Riyadh", "diplomats, including the ambassador, have been withdrawn",
      // never "relations, and Spain cut": past a comma a passive goes on only into its participle or an aside.
      if (rule.passive && tokens[k]!.normal === ',' && groupAt(tokens, k + 1, groups[g]!, end) < 0
        && CLAUSE_OPENERS.has(tokens[k + 1]?.normal ?? '')) break;
    }
    if (found < 0) return null;
    starts.push(k);
    at = found;
  }
  return { end: at, starts };
}

// Words that open a new clause after a comma; anything else after it is an aside inside the subject.
const CLAUSE_OPENERS = new Set(['and', 'but', 'or', 'while', 'whereas', 'which', 'who', 'although', 'though', 'as', 'after', 'before', 'when']);

export function newCandidate(info: SentenceInfo, trigger: Trigger, tokens: Token[], text: string): Candidate {
  const first = tokens[trigger.t0]!;
  const last = tokens[trigger.t1 - 1]!;
  return {
    key: `r${first.start}.${trigger.rule.id}`, info, trigger, type: trigger.rule.type, threatOf: null, actor: null, target: null,
    date: null, granularity: null, deadline: null, count: null, countQualifier: null, modality: 'fact',
    background: false, fromReference: false, retaliatesFor: null, link: null, rules: [trigger.rule.id],
    spans: { trigger: { start: first.start, end: last.end, text: text.slice(first.start, last.end), rule: trigger.rule.id } },
    dropped: null, claim: false, orderedParty: null,
  };
}

export const triggersRecognizer: Recognizer = {
  id: 'triggers',
  recognize(ctx, info) {
    const { tokens } = ctx.analysis;
    const { t0, t1 } = info.sentence;
    const out: Candidate[] = [];
    info.triggers = [];
    // "would have to leave" also holds "have to leave": a rule matches once over the same words.
    const covered = new Map<string, number>();
    for (let i = t0; i < t1; i++) {
      const tok = tokens[i]!;
      const byNormal = ctx.codebook.triggersByWord.get(tok.normal);
      const byLemma = tok.lemma === tok.normal ? undefined : ctx.codebook.triggersByWord.get(tok.lemma);
      if (!byNormal && !byLemma) continue; // the common case: no trigger word here, no allocation
      const rules = byNormal && byLemma ? new Set([...byNormal, ...byLemma]) : (byNormal ?? byLemma)!;
      // "charge d'affaires": a word heading a title of people is a noun whatever the tagger says.
      const title = ctx.codebook.nouns.matchAt(tokens, i, t1);
      const heads = title !== null && title.t1 - title.t0 > 1;
      for (const rule of rules) {
        if (rule.pos && tok.pos !== rule.pos) continue;
        if (heads && rule.pos === 'VERB') continue;
        if ((covered.get(rule.id) ?? -1) > i) continue;
        const match = matchRule(tokens, rule, i, t1);
        if (!match) continue;
        covered.set(rule.id, match.end);
        const trigger: Trigger = { rule, anchor: match.starts[rule.anchorGroup] ?? i, t0: i, t1: match.end };
        info.triggers.push(trigger);
        out.push(newCandidate(info, trigger, tokens, ctx.text));
      }
    }
    return out;
  },
};
