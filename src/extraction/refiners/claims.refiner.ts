// Aggregate statements are claims, never events: "Since 2024, Russia has expelled at least nine British
// diplomats" is one claim (expel, RUS→GBR, 9 at_least, 2024..publication), not nine acts. A claim needs a period or
// total cue and a perfect-aspect verb ("has expelled", "have been expelled") or an explicit total. The other
// triggers of such a sentence describe the same aggregate and are dropped with it.
import type { Refiner } from '../pipeline.ts';
import type { Candidate } from '../types.ts';
import type { Token } from '../nlp.ts';
import { parseNumber, qualifierOf } from './counts.refiner.ts';
import { mirrorReciprocalClaims } from './claims.reciprocal.ts';

const PERFECT = new Set(['has', 'have', 'had']);
const TOTALS = new Set(['claim.period', 'claim.frequency']);
const TOTAL_WORDS = new Set(['total', 'all', 'cumulatively', 'combined']);
// Tallies count acts or people; "India has rejected Canada's accusations since September 2023" is a standing
// position, neither a claim nor one dated act.
const COUNTABLE = new Set(['expel', 'recall', 'close_mission', 'reduce_staff', 'detain', 'sanction', 'summon', 'restrict_diplomats']);

const TALLY = /\b(the number|the total|the tally)\b.*\b(stands at|has reached|reached|rose to|now at|to)\s+([0-9][0-9,]*|[a-z]+)\b|\bbringing (?:the (?:total|number) )?to ([0-9][0-9,]*|[a-z]+)\b/i;

type Ctx = Parameters<Refiner['refine']>[0];

/** The number a tally phrase states, or null: "to cap the number of officials allowed to work" states none. */
function tallyValue(ctx: Ctx, text: string): number | null {
  const tally = TALLY.exec(text);
  const word = tally ? (tally[3] ?? tally[4])!.replace(/,/g, '') : null;
  return word ? Number(word) || ctx.codebook.numbers.words.get(word.toLowerCase()) || null : null;
}

function isAggregate(ctx: Ctx, c: Candidate, tokens: { normal: string }[]): boolean {
  if (tallyValue(ctx, c.info.sentence.text) !== null && c.granularity !== 'day') return true;
  const cues = c.info.cues.filter((q) => q.entry.role === 'claim' && TOTALS.has(q.entry.id));
  if (cues.length === 0) return false;
  const before = tokens.slice(Math.max(c.info.sentence.t0, c.trigger.anchor - 4), c.trigger.anchor).map((t) => t.normal);
  // "In all, 23 ..." is a total; "in all but name" is not.
  const explicitTotal = cues.some((q) => tokens.slice(q.t0, q.t1).some((t) => TOTAL_WORDS.has(t.normal))
    && !/^(but|of|the|its|their|this)$/.test(tokens[q.t1]?.normal ?? ''));
  return explicitTotal || before.some((w) => PERFECT.has(w));
}

// "Germany, France and a dozen other states have sent Russian diplomats home since ...": a tally over an open group
// of actors is no claim of any one named member, and the ledger cannot check it.
const OPEN_GROUP = /\band\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}other\s+(?:[a-z-]+\s+)?(?:states|countries|governments|nations|capitals|allies|members)\b|\band others\b/i;

function openGroupSubject(c: Candidate): boolean {
  return OPEN_GROUP.test(c.info.sentence.text.slice(0, c.spans.trigger!.start - c.info.sentence.start));
}

function hasCue(c: Candidate, tokens: { normal: string }[], word: string): boolean {
  return c.info.cues.some((q) => q.entry.role === 'claim' && tokens.slice(q.t0, q.t1).some((t) => t.normal === word));
}

/** "at least four times", "two Russian consulates", "two of the three consulates": a claim counts acts when it does
 * not count people. */
function countActs(ctx: Ctx, c: Candidate, tokens: Token[]): void {
  for (let k = c.trigger.anchor + 1; k < Math.min(c.info.sentence.t1, c.trigger.anchor + 10); k++) {
    const n = parseNumber(ctx, tokens, k);
    if (n && tokens[k + 1]?.normal === 'of' && parseNumber(ctx, tokens, k + 3)) {
      c.count = n.value; c.countQualifier = qualifierOf(ctx, tokens, n.t0);
      return;
    }
    const next = tokens[k + 1]?.normal ?? '';
    // "at least a dozen of the other's officials": the people counted may stand a few words after "of".
    const ofPeople = next === 'of' && [k + 2, k + 3, k + 4, k + 5].some((j) => j < c.info.sentence.t1 && ctx.codebook.nouns.matchAt(tokens, j));
    if (!n || !(next === 'times' || next === 'occasions' || ofPeople || ctx.codebook.nouns.matchAt(tokens, k + 1) || ctx.codebook.nouns.matchAt(tokens, k + 2))) continue;
    c.count = n.value;
    c.countQualifier = qualifierOf(ctx, tokens, n.t0);
    return;
  }
}

export const claimsRefiner: Refiner = {
  id: 'claims',
  refine(ctx, candidates) {
    const { tokens } = ctx.analysis;
    const claimSentences = new Set<number>();
    for (const c of candidates) {
      if (c.fromReference || !isAggregate(ctx, c, tokens)) continue;
      if (!COUNTABLE.has(c.type)) { c.dropped = 'claim.standing-position'; continue; }
      if (openGroupSubject(c)) { c.dropped = 'claim.open-group'; claimSentences.add(c.info.sentence.index); continue; }
      // "... three Russian diplomats on Thursday, bringing to 18 the number it has sent home": the tally counts the
      // same sides as the act it extends.
      const kin = candidates.find((o) => o !== c && o.info === c.info && o.type === c.type && o.actor && o.target);
      c.actor ??= kin?.actor ?? null;
      c.target ??= kin?.target ?? null;
      c.claim = true;
      c.rules.push('claim.aggregate');
      claimSentences.add(c.info.sentence.index);
      const since = c.info.cues.find((q) => q.entry.role === 'claim' && tokens[q.t0]!.normal === 'since');
      const from = since ? c.info.dates.find((d) => d.t0 >= since.t1 - 1 && d.t0 <= since.t1 + 1) : undefined;
      c.date = from ? from.date : c.info.dates.find((d) => d.granularity === 'year')?.date ?? (hasCue(c, tokens, 'year') ? ctx.published?.slice(0, 4) ?? null : null);
      c.granularity = from ? from.granularity : c.date ? 'year' : null;
      const value = tallyValue(ctx, c.info.sentence.text);
      if (value) { c.count = value; c.countQualifier = 'exact'; c.rules.push('claim.tally'); } else if (c.count === null) countActs(ctx, c, tokens);
      // "It is the third time since 2021 that Algiers has pulled its ambassador": the ordinal counts the acts.
      const nth = c.count === null ? c.info.cues.filter((q) => q.entry.id === 'claim.frequency')
        .map((q) => ctx.codebook.numbers.ordinals.get(tokens[q.t0]!.normal)).find((n) => n !== undefined) : undefined;
      if (nth) { c.count = nth; c.countQualifier = 'exact'; c.rules.push('claim.ordinal'); }
    }
    for (const c of candidates) {
      // An act dated to its day is news even in a tally's sentence ("... on Thursday, bringing to 18 the number").
      if (!c.claim && claimSentences.has(c.info.sentence.index) && c.granularity !== 'day') c.dropped ??= 'claim.absorbs-sentence';
    }
    // "..., and India has ordered out the same number of Canadians": the tally before sets the number.
    let previous: Candidate | null = null;
    for (const c of candidates.filter((x) => x.claim)) {
      const same = /the same number/i.test(c.info.sentence.text.slice(c.spans.trigger!.end - c.info.sentence.start));
      if (same && previous && previous !== c) { c.count = previous.count; c.countQualifier = previous.countQualifier; c.rules.push('claim.same-number'); }
      previous = c;
    }
    return [...candidates, ...mirrorReciprocalClaims(candidates)].filter((c) => !c.dropped);
  },
};
