// Counts the clause gives apart from the target mention: a number inside the trigger words ("ordered two out",
// "will lose four diplomats") and the number heading a passive subject ("23 were ordered to leave", "two members of
// the embassy staff had been declared persona non grata").
import type { ExtractionContext } from '../context.ts';
import type { Token } from '../nlp.ts';
import type { Candidate } from '../types.ts';
import { voiceOf } from './clause.ts';
import { parseNumber, qualifierOf } from './counts.refiner.ts';

const TIME_UNITS = /^(hours?|days?|weeks?|months?|years?)$/;
// "a third of its staff", "half": a share, not a head count.
const SHARE = /^(half|thirds?|quarters?|fifths?|tenths?|per|percent|%)$/;
const AUX = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'had', 'has', 'have', 'will', 'would', 'also', 'all', 'each']);
// Words a subject noun phrase may hold between its number and its end.
const NP_WORDS = new Set(['of', 'the', 'its', 'their', 'his', 'her', 'more', 'other', 'further', 'additional']);

type Found = { value: number; qualifier: ReturnType<typeof qualifierOf>; t0: number };

/** "ordered two out" after a target taken from the verb before, "Norway will lose two diplomats": the trigger's number. */
export function countInTrigger(ctx: ExtractionContext, c: Candidate, tokens: Token[]): Found | null {
  for (let k = c.trigger.anchor + 1; k < c.trigger.t1; k++) {
    const n = parseNumber(ctx, tokens, k);
    const next = tokens[k + 1]?.normal ?? '';
    if (n && !/^(a|an)$/.test(tokens[k]!.normal) && !TIME_UNITS.test(next) && !SHARE.test(next)) return { value: n.value, qualifier: qualifierOf(ctx, tokens, n.t0), t0: n.t0 };
  }
  return null;
}

/** The number heading the subject of a passive trigger, up to six words before its auxiliaries. */
export function passiveSubjectCount(ctx: ExtractionContext, c: Candidate, tokens: Token[]): Found | null {
  if (voiceOf(c, tokens) !== 'passive' || c.trigger.rule.passive) return null;
  let k = c.trigger.anchor - 1;
  while (k > c.info.sentence.t0 && AUX.has(tokens[k]!.normal)) k--;
  for (let j = k; j >= Math.max(c.info.sentence.t0, k - 6); j--) {
    const n = parseNumber(ctx, tokens, j);
    if (n) return TIME_UNITS.test(tokens[j + 1]?.normal ?? '') ? null : { value: n.value, qualifier: qualifierOf(ctx, tokens, n.t0), t0: n.t0 };
    const t = tokens[j]!;
    if (!NP_WORDS.has(t.normal) && !/^(NOUN|PROPN|ADJ)$/.test(t.pos)) return null;
  }
  return null;
}

/** "cut the maximum size of the mission from 30 people to 20": the people cut are the difference. */
export function reductionFromTo(ctx: ExtractionContext, c: Candidate, tokens: Token[]): number | null {
  const end = Math.min(c.info.sentence.t1, c.trigger.t1 + 12);
  for (let k = c.trigger.anchor + 1; k < end; k++) {
    if (tokens[k]!.normal !== 'from') continue;
    const from = parseNumber(ctx, tokens, k + 1);
    if (!from) return null;
    for (let j = k + 2; j <= k + 4 && j < end; j++) {
      if (tokens[j]!.normal !== 'to') continue;
      const to = parseNumber(ctx, tokens, j + 1);
      return to && to.value < from.value ? from.value - to.value : null;
    }
    return null;
  }
  return null;
}

/** "served notice of expulsion to six diplomats and officials of India, including the High Commissioner": the target
 * named after "including" is one of a group the number before it counts. */
export function includingCount(ctx: ExtractionContext, c: Candidate, tokens: Token[]): Found | null {
  const m = c.target!;
  let k = m.t0 - 1;
  while (k > c.trigger.t1 && /^(the|a|an|its|their)$/.test(tokens[k]!.normal)) k--;
  if (tokens[k]?.normal !== 'including') return null;
  for (let j = c.trigger.t1; j < k; j++) {
    const n = parseNumber(ctx, tokens, j);
    const noun = n && ctx.codebook.nouns.matchAt(tokens, j + 1, k);
    if (n && noun?.value.role === 'person' && !/^(a|an)$/.test(tokens[j]!.normal)) {
      return { value: n.value, qualifier: qualifierOf(ctx, tokens, n.t0), t0: n.t0 };
    }
  }
  return null;
}

// Words after the counted group ("75 diplomats out between them") or before its number ("a combined 75").
const SHARED_AFTER = /^[\s,]*(?:[\w'-]+\s+){0,3}(?:between them|combined|together|in all|in total|jointly)\b/i;
const SHARED_BEFORE = /\b(?:a combined|a total of|a joint)\s*$/i;

/** "Germany and France ordered 75 Russian diplomats out between them": a number the listed actors share says nothing
 * of any one of them. */
export function sharedByList(c: Candidate, candidates: Candidate[]): boolean {
  const span = c.spans.count;
  if (!span || !candidates.some((o) => o !== c && o.info === c.info && o.trigger.anchor === c.trigger.anchor && o.actor && o.actor !== c.actor)) return false;
  const text = c.info.sentence.text, base = c.info.sentence.start;
  return SHARED_AFTER.test(text.slice(span.end - base)) || SHARED_BEFORE.test(text.slice(0, span.start - base));
}

/** "withdrawing 41 diplomats", "the 41 Canadian diplomats withdrawn from India": a recall counts only a number given
 * (an envoy recalled is not counted). */
export function recallCount(ctx: ExtractionContext, c: Candidate, tokens: Token[]): Found | null {
  const inside = countInTrigger(ctx, c, tokens);
  if (inside || c.trigger.anchor === c.trigger.t0) return inside;
  for (let k = c.trigger.t0 - 1; k >= Math.max(c.info.sentence.t0, c.trigger.t0 - 3); k--) {
    const n = parseNumber(ctx, tokens, k);
    if (n && !/^(a|an)$/.test(tokens[k]!.normal)) return { value: n.value, qualifier: qualifierOf(ctx, tokens, n.t0), t0: n.t0 };
    if (!/^(ADJ|PROPN|NOUN)$/.test(tokens[k]!.pos)) return null;
  }
  return null;
}

/** "declared that Ambassador Jaan Tamm must be gone": a passive trigger whose subject is one envoy, by title and
 * name, with the state as target; the envoy is one person. */
export function singularEnvoySubject(ctx: ExtractionContext, c: Candidate, tokens: Token[]): boolean {
  let k = c.trigger.t0 - 1;
  while (k > c.info.sentence.t0 && AUX.has(tokens[k]!.normal)) k--;
  for (let j = k; j >= Math.max(c.info.sentence.t0, k - 6); j--) {
    const t = tokens[j]!;
    if (ctx.codebook.nouns.matchAt(tokens, j, k + 1)?.value.role === 'person') return t.lemma === t.normal && !/s$/.test(t.normal);
    if (t.pos !== 'PROPN' && t.pos !== 'ADJ' && t.normal !== ',') return false;
  }
  return false;
}
