// Matching rules of formats.md "Scoring": modality classes, date compatibility, and a one-to-one greedy matcher
// that takes the best pairs first. Pure functions.
import type { EventReport, Modality } from '../core/types.ts';
import type { GoldEvent } from './gold.ts';

export type ModalityClass = 'fact' | 'planned' | 'unreal';

/** `fact` vs `planned` vs `negated`/`hypothetical` (one class). */
export function modalityClass(modality: Modality): ModalityClass {
  if (modality === 'fact' || modality === 'planned') return modality;
  return 'unreal';
}

const DAY_MS = 86_400_000;

function dayNumber(date: string): number | null {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.round(ms / DAY_MS);
}

/**
 * How well a system date fits a gold date, or null when it is not compatible. Compatible = the system date lies
 * inside the gold date's span: the year or month for YYYY / YYYY-MM gold (a system date at least as precise and
 * inside it), the day +-1 for a day gold (a system day). 3 = same date at the same precision, 2 = equal at gold
 * precision but the system is more precise, 1 = a neighbouring day.
 */
export function dateFit(system: string | null, gold: string): 1 | 2 | 3 | null {
  if (system === null || system.length < gold.length) return null;
  if (gold.length < 10) {
    if (!system.startsWith(gold)) return null;
    return system.length === gold.length ? 3 : 2;
  }
  if (system.length !== 10) return null;
  const s = dayNumber(system);
  const g = dayNumber(gold);
  if (s === null || g === null) return null;
  const diff = Math.abs(s - g);
  return diff === 0 ? 3 : diff === 1 ? 1 : null;
}

/** The system date equals the gold date at the gold's precision. */
export function dateAtGoldPrecision(system: string | null, gold: string): boolean {
  return system !== null && system.length >= gold.length && system.slice(0, gold.length) === gold;
}

/** Lower case, straight quotes and dashes, single spaces: for comparing evidence with sentences. */
export function normaliseText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033«»]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

function evidenceOverlap(sentence: string, evidence: string): boolean {
  const s = normaliseText(sentence);
  const e = normaliseText(evidence);
  return e.length > 0 && (s.includes(e) || e.includes(s));
}

/** Full match rank of a system report against a gold event of the same document, or null when they do not match. */
export function eventRank(s: EventReport, g: GoldEvent): number[] | null {
  if (s.type !== g.type || s.actor !== g.actor || s.target !== g.target) return null;
  if (modalityClass(s.modality) !== modalityClass(g.modality)) return null;
  const fit = dateFit(s.date, g.date);
  if (fit === null) return null;
  return [
    fit,
    g.optional ? 0 : 1,
    evidenceOverlap(s.sentence, g.evidence) ? 1 : 0,
    g.count !== null && s.count === g.count ? 1 : 0,
    s.background === g.background ? 1 : 0,
  ];
}

export type Sides = 'both' | 'swapped' | 'one' | 'none';

export function sidesOf(s: { actor: string; target: string }, g: { actor: string; target: string }): Sides {
  if (s.actor === g.actor && s.target === g.target) return 'both';
  if (s.actor === g.target && s.target === g.actor) return 'swapped';
  return s.actor === g.actor || s.target === g.target ? 'one' : 'none';
}

const SIDES_RANK: Record<Sides, number> = { both: 3, swapped: 2, one: 1, none: 0 };

/** Rank for the actor/target measure: type equal and dates compatible only; right sides preferred. */
export function typeDateRank(s: EventReport, g: GoldEvent): number[] | null {
  if (s.type !== g.type) return null;
  const fit = dateFit(s.date, g.date);
  if (fit === null) return null;
  const modality = modalityClass(s.modality) === modalityClass(g.modality) ? 1 : 0;
  return [SIDES_RANK[sidesOf(s, g)], modality, fit, g.optional ? 0 : 1, evidenceOverlap(s.sentence, g.evidence) ? 1 : 0];
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (b[i] ?? 0) - (a[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * One-to-one matching, best first: every compatible pair is ranked, the best remaining pair is taken and both its
 * sides leave the pool. Ties go to the earlier system item, then the earlier gold item (deterministic).
 * Returns [systemIndex, goldIndex] pairs.
 */
export function greedyMatch<S, G>(system: readonly S[], gold: readonly G[], rank: (s: S, g: G) => number[] | null): Array<[number, number]> {
  const pairs: Array<{ s: number; g: number; rank: number[] }> = [];
  system.forEach((s, si) => gold.forEach((g, gi) => {
    const r = rank(s, g);
    if (r !== null) pairs.push({ s: si, g: gi, rank: r });
  }));
  pairs.sort((a, b) => compareRanks(a.rank, b.rank) || a.s - b.s || a.g - b.g);
  const usedS = new Set<number>();
  const usedG = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const pair of pairs) {
    if (usedS.has(pair.s) || usedG.has(pair.g)) continue;
    usedS.add(pair.s);
    usedG.add(pair.g);
    out.push([pair.s, pair.g]);
  }
  return out;
}
