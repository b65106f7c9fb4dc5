// Shapes shared by the chains/ functions (merge, links, ledger, claim checks) and small pure helpers over them.
// Everything here works on stored reports and events: no I/O, no module state.
import type { ActionType, CountQualifier, EventReport, Modality } from '../core/types.ts';
import type { MergedEvent, StoredEvent } from '../storage/store.ts';

/** One stored report as merging sees it. */
export interface DyadReport {
  id: string;
  documentId: string;
  published: string | null;
  report: EventReport;
}

export type EventLink = NonNullable<StoredEvent['link']>;

/** A merged event before it is written: the event row and the reports it holds. */
export type EventPlan = MergedEvent;

/** Families of acts that answer one another (implicit links, and "same or related type" for references). */
export const FAMILIES: Record<string, readonly ActionType[]> = {
  presence: ['expel', 'recall', 'close_mission', 'reduce_staff', 'restrict_diplomats', 'downgrade_relations', 'break_relations'],
  sanctions: ['sanction'],
  protests: ['summon', 'protest'],
};

export function familyOf(type: ActionType): string | null {
  for (const [name, types] of Object.entries(FAMILIES)) if (types.includes(type)) return name;
  return null;
}

export function sameFamily(a: ActionType, b: ActionType): boolean {
  const f = familyOf(a);
  return f !== null && f === familyOf(b);
}

/** fact vs planned vs (negated | hypothetical), as formats.md scores them. */
/** Reports of one act across documents: "Britain will expel 23" on the day and "Britain expelled 23" a week later
 * tell one act (announced, then done), so planned and fact share a class; what did not or might not happen does not. */
export function modalityClass(m: Modality): string {
  return m === 'negated' || m === 'hypothetical' ? 'unreal' : 'real';
}

/** Two reported counts can describe the same act ("at least 20" and "23"; "about 60" and "60"). */
export function countsCompatible(
  a: { count: number | null; countQualifier: CountQualifier | null },
  b: { count: number | null; countQualifier: CountQualifier | null },
): boolean {
  if (a.count === null || b.count === null) return true;
  return admits(a.count, a.countQualifier, b.count) || admits(b.count, b.countQualifier, a.count);
}

function admits(n: number, q: CountQualifier | null, m: number): boolean {
  switch (q ?? 'exact') {
    case 'exact': return m === n;
    case 'at_least': return m >= n;
    case 'more_than': return m > n;
    case 'up_to': return m <= n;
    case 'about': return Math.abs(m - n) <= Math.max(1, n * 0.2);
  }
  return false;
}

/** Unordered pair key, smaller code first. */
export function dyadOf(a: string, b: string): [string, string] {
  return a <= b ? [a, b] : [b, a];
}

/** Event id of a group of reports: `evt_` + the hash part of its smallest report id (ids.ts hashes the same input). */
export function eventIdFor(reportIds: readonly string[]): string {
  const smallest = [...reportIds].sort()[0]!;
  return `evt_${smallest.replace(/^rep_/, '')}`;
}

/** Acts the ledger counts: those that happened (not planned, denied or hypothetical). */
export function isFact(e: { modality: Modality }): boolean {
  return e.modality === 'fact';
}
