// When an act is history: background acts are dated on their own date, never the article's (ontology).
import type { Granularity } from '../../core/types.ts';

const BACKGROUND_DAYS = 120;

/** Last day a date at its granularity covers. */
export function periodEnd(date: string, g: Granularity): Date {
  if (g === 'day') return new Date(`${date}T00:00:00Z`);
  if (g === 'month') { const d = new Date(`${date}-01T00:00:00Z`); d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); return d; }
  return new Date(`${date}-12-31T00:00:00Z`);
}

/** More than 120 days before publication, or "in 2020" in an April 2021 article (an earlier year is history even
 * though it ended less than four months before). */
export function isBackground(date: string, g: Granularity, published: string): boolean {
  const gap = (new Date(`${published}T00:00:00Z`).getTime() - periodEnd(date, g).getTime()) / 864e5;
  return gap > BACKGROUND_DAYS || (g === 'year' && date < published.slice(0, 4));
}
