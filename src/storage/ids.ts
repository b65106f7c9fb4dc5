// Deterministic ids, so the same documents always give the same rows on any database. Today every report is its
// own event and both ids hash the same input; cross-document merging will re-map report → event later, which is
// why the two ids are computed by separate functions and never derived from each other.
import { createHash } from 'node:crypto';
import type { EventReport } from '../core/types.ts';

function shortHash(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 16);
}

export function reportId(documentId: string, reportKey: string): string {
  return `rep_${shortHash(`${documentId}|${reportKey}`)}`;
}

export function eventId(documentId: string, reportKey: string): string {
  return `evt_${shortHash(`${documentId}|${reportKey}`)}`;
}

export function claimId(documentId: string, claimKey: string): string {
  return `clm_${shortHash(`${documentId}|${claimKey}`)}`;
}

/**
 * Event id answered by `report`: retaliatesFor is the key of another report of the same document.
 * A key that names no report of the document gives null rather than an id that points nowhere.
 */
export function retaliatesForEventId(
  documentId: string,
  report: EventReport,
  documentKeys: ReadonlySet<string>,
): string | null {
  const key = report.retaliatesFor;
  if (key === null || !documentKeys.has(key)) return null;
  return eventId(documentId, key);
}
