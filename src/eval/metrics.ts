// Counters and ratios of the evaluation report. A ratio with a zero denominator is null ("not measurable"),
// except F1, which is 0 as soon as precision or recall is 0.

export interface Prf {
  /** Matched items counted (system side). */
  matched: number;
  /** Denominator of precision: system items counted. */
  system: number;
  /** Denominator of recall: gold items counted. */
  gold: number;
  /** Gold items found (numerator of recall); equals `matched` except where optional items are left out. */
  found: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Accuracy {
  right: number;
  total: number;
  rate: number | null;
}

export function ratio(num: number, den: number): number | null {
  return den === 0 ? null : num / den;
}

export function f1Of(precision: number | null, recall: number | null): number | null {
  if (precision === 0 || recall === 0) return 0;
  if (precision === null || recall === null) return null;
  return (2 * precision * recall) / (precision + recall);
}

export function prf(matched: number, system: number, found: number, gold: number): Prf {
  const precision = ratio(matched, system);
  const recall = ratio(found, gold);
  return { matched, system, gold, found, precision, recall, f1: f1Of(precision, recall) };
}

/** Mutable counter used while scoring; `toPrf` freezes it. */
export interface PrfCounter {
  matched: number;
  system: number;
  found: number;
  gold: number;
}

export function counter(): PrfCounter {
  return { matched: 0, system: 0, found: 0, gold: 0 };
}

export function toPrf(c: PrfCounter): Prf {
  return prf(c.matched, c.system, c.found, c.gold);
}

export function accuracy(right: number, total: number): Accuracy {
  return { right, total, rate: ratio(right, total) };
}

export interface AccuracyCounter {
  right: number;
  total: number;
}

export function tally(c: AccuracyCounter, ok: boolean): void {
  c.total++;
  if (ok) c.right++;
}

export function toAccuracy(c: AccuracyCounter): Accuracy {
  return accuracy(c.right, c.total);
}
