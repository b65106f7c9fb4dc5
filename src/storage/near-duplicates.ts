// Near-duplicate documents inside saveDocument's transaction. A document whose fingerprint is close to an earlier
// one is stored (its URL, outlet and sentences are evidence too) with `duplicate_of` set, and each of its reports
// that agrees with one of the earlier document's events on type, actor, target, modality, date and count joins
// that event instead of opening a new one: the act is counted once, with a report per outlet. A report that
// agrees with nothing (the copy added a paragraph) keeps an event of its own. Matching on fields, not only on
// text, is what stops two template stories ("X expels 3 diplomats" / "X expels 5 diplomats") from merging.
import type { Transaction } from 'kysely';
import type { EventReport, SourceDocument } from '../core/types.ts';
import {
  decodeSignature, encodeSignature, fingerprint, NEAR_DUPLICATE_SIMILARITY, similarity, type Fingerprint,
} from '../core/fingerprint.ts';
import type { DB, EventsTable } from './schema.ts';

export interface NearDuplicate {
  /** The earliest document of the story (a copy of a copy points at the original). */
  duplicateOf: string;
  similarity: number;
  /** Report key → existing event id, for the reports that join an earlier event. */
  eventIds: Map<string, string>;
}

function bodyOf(doc: SourceDocument): string {
  return doc.title && doc.text.startsWith(doc.title) ? doc.text.slice(doc.title.length) : doc.text;
}

async function bestCandidate(trx: Transaction<DB>, doc: SourceDocument, print: Fingerprint) {
  const rows = await trx
    .selectFrom('fingerprint_bands')
    .innerJoin('document_fingerprints', 'document_fingerprints.document_id', 'fingerprint_bands.document_id')
    .select(['document_fingerprints.document_id', 'document_fingerprints.signature', 'document_fingerprints.duplicate_of'])
    .distinct()
    .where('fingerprint_bands.band', 'in', print.bands)
    .where('fingerprint_bands.document_id', '<>', doc.id)
    .execute();
  let best: { id: string; root: string; similarity: number } | null = null;
  for (const row of rows) {
    const score = similarity(print.signature, decodeSignature(row.signature));
    if (score < NEAR_DUPLICATE_SIMILARITY) continue;
    if (!best || score > best.similarity || (score === best.similarity && row.document_id < best.id)) {
      best = { id: row.document_id, root: row.duplicate_of ?? row.document_id, similarity: score };
    }
  }
  return best;
}

type EventFields = Pick<EventsTable, 'id' | 'type' | 'actor' | 'target' | 'modality' | 'date' | 'count'>;

function compatible(a: string | number | null, b: string | number | null): boolean {
  if (a === null || b === null) return true;
  return typeof a === 'string' && typeof b === 'string' ? a.startsWith(b) || b.startsWith(a) : a === b;
}

/** Pure: each report joins at most one earlier event, and each earlier event takes at most one report. */
export function matchReports(reports: readonly EventReport[], events: readonly EventFields[]): Map<string, string> {
  const used = new Set<string>();
  const out = new Map<string, string>();
  for (const report of reports) {
    const match = events.find((e) => !used.has(e.id) && e.type === report.type && e.actor === report.actor
      && e.target === report.target && e.modality === report.modality
      && compatible(e.date, report.date) && compatible(e.count, report.count));
    if (!match) continue;
    used.add(match.id);
    out.set(report.key, match.id);
  }
  return out;
}

async function eventsOf(trx: Transaction<DB>, documentId: string): Promise<EventFields[]> {
  return trx
    .selectFrom('reports')
    .innerJoin('events', 'events.id', 'reports.event_id')
    .select(['events.id', 'events.type', 'events.actor', 'events.target', 'events.modality', 'events.date', 'events.count'])
    .where('reports.document_id', '=', documentId)
    .orderBy('reports.start')
    .execute();
}

/** Replaces the document's fingerprint and returns its near-duplicate link, or null. */
export async function linkNearDuplicate(
  trx: Transaction<DB>,
  doc: SourceDocument,
  reports: readonly EventReport[],
): Promise<NearDuplicate | null> {
  await trx.deleteFrom('fingerprint_bands').where('document_id', '=', doc.id).execute();
  await trx.deleteFrom('document_fingerprints').where('document_id', '=', doc.id).execute();
  const print = fingerprint(bodyOf(doc));
  if (!print) return null;
  const best = await bestCandidate(trx, doc, print);
  await trx.insertInto('document_fingerprints').values({
    document_id: doc.id, signature: encodeSignature(print.signature),
    duplicate_of: best?.root ?? null, similarity: best?.similarity ?? null,
  }).execute();
  await trx.insertInto('fingerprint_bands').values(print.bands.map((band) => ({ band, document_id: doc.id }))).execute();
  if (!best) return null;
  return { duplicateOf: best.root, similarity: best.similarity, eventIds: matchReports(reports, await eventsOf(trx, best.id)) };
}
