// Dates as day spans: '2026' covers the whole year, '2026-01' the month, '2026-01-15' one day. Pure.
import type { Granularity } from '../core/types.ts';

export interface DaySpan {
  /** Days since 1970-01-01, inclusive bounds. */
  start: number;
  end: number;
  granularity: Granularity;
}

const DAY_MS = 86_400_000;

function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The span of an ISO date at its own precision (the granularity is read from the string); null when unparseable. */
export function daySpan(date: string | null): DaySpan | null {
  if (date === null) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31), granularity: 'year' };
  const month = Number(m[2]);
  if (m[3] === undefined) return { start: dayNumber(year, month, 1), end: dayNumber(year, month + 1, 0), granularity: 'month' };
  const day = dayNumber(year, month, Number(m[3]));
  return { start: day, end: day, granularity: 'day' };
}

/** One span inside the other; two day dates may differ by one day (time zones, "on Monday" vs the wire's date). */
export function datesCompatible(a: string | null, b: string | null): boolean {
  const x = daySpan(a);
  const y = daySpan(b);
  if (!x || !y) return false;
  const slack = x.granularity === 'day' && y.granularity === 'day' ? 1 : 0;
  const inside = (p: DaySpan, q: DaySpan) => p.start >= q.start - slack && p.end <= q.end + slack;
  return inside(x, y) || inside(y, x);
}

export const GRANULARITY_RANK: Record<Granularity, number> = { day: 0, month: 1, year: 2 };

/** Whole days from a's start to b's start (negative when b starts first). */
export function daysBetween(a: DaySpan, b: DaySpan): number {
  return b.start - a.start;
}

/** Overlap test at the coarser precision of two dates ('2026-01' overlaps '2026'); bounds given as ISO prefixes. */
export function withinPeriod(date: string | null, from: string | null, to: string | null): boolean {
  const span = daySpan(date);
  if (!span) return false;
  const lower = from === null ? null : daySpan(from);
  const upper = to === null ? null : daySpan(to);
  if (lower && span.end < lower.start) return false;
  if (upper && span.start > upper.end) return false;
  return true;
}
