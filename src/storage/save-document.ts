// saveDocument: a document with its reports, events and claims, written in one transaction.
//
// The first statement is a write (insert ... on conflict do nothing), never a read, and that is what makes
// concurrent saves safe. On PostgreSQL a second session inserting the same id waits for the first to commit and
// then inserts nothing; its next statement sees the committed row. On SQLite the write takes the database write
// lock at once (busy_timeout applies), whereas a transaction that read first could fail with SQLITE_BUSY_SNAPSHOT.
import type { Kysely, Transaction } from 'kysely';
import type { ClaimReport, EventReport, SourceDocument } from '../core/types.ts';
import { chunks } from './chunks.ts';
import { eventId } from './ids.ts';
import { linkNearDuplicate } from './near-duplicates.ts';
import { refreshPairSummaries, type Direction } from './pair-summary-table.ts';
import type { DB } from './schema.ts';
import type { SaveOutcome } from './store.ts';
import { toClaimRow, toDocumentRow, toEventRow, toReportRow } from './to-rows.ts';

export interface Extracted {
  events: EventReport[];
  claims: ClaimReport[];
}

export async function saveDocument(db: Kysely<DB>, doc: SourceDocument, extracted: Extracted): Promise<SaveOutcome> {
  const row = toDocumentRow(doc, new Date().toISOString());
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('documents')
      .values(row)
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0) {
      const near = await linkNearDuplicate(trx, doc, extracted.events);
      await refreshPairSummaries(trx, await insertExtraction(trx, doc.id, extracted, near?.eventIds));
      return near ? 'near_duplicate' : 'inserted';
    }
    // Same id already stored. The hash test sits in the UPDATE itself so that, on PostgreSQL, a session that
    // waited for a concurrent writer re-checks the row that writer committed (no separate read to go stale).
    const { id: _id, ...changes } = row;
    const updated = await trx
      .updateTable('documents')
      .set(changes)
      .where('id', '=', doc.id)
      .where('content_hash', '<>', doc.contentHash)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return 'duplicate';
    const removed = await deleteExtraction(trx, doc.id);
    const near = await linkNearDuplicate(trx, doc, extracted.events);
    const added = await insertExtraction(trx, doc.id, extracted, near?.eventIds);
    await refreshPairSummaries(trx, [...removed, ...added]);
    return 'updated';
  });
}

/**
 * `joined`: report key → an earlier document's event that this report joins (near duplicates); the rest get their own.
 * Returns the directions its reports went to (a report that joins an earlier event has that event's direction).
 */
async function insertExtraction(
  trx: Transaction<DB>,
  documentId: string,
  extracted: Extracted,
  joined: ReadonlyMap<string, string> = new Map(),
): Promise<Direction[]> {
  const keys = new Set(extracted.events.map((r) => r.key));
  const eventOf = (key: string) => joined.get(key) ?? eventId(documentId, key);
  const own = extracted.events.filter((r) => !joined.has(r.key));
  // Events before reports (reports.event_id references events), and both after the document row.
  for (const part of chunks(own)) {
    const rows = part.map((r) => {
      const row = toEventRow(documentId, r, keys);
      return { ...row, retaliates_for: row.retaliates_for && r.retaliatesFor ? eventOf(r.retaliatesFor) : null };
    });
    // An updated document's act may survive under this very id, merged with other documents' reports (merging
    // names an act after its smallest report id): the new report then joins it, and the pair recompute that follows
    // every save refreshes its values.
    await trx.insertInto('events').values(rows).onConflict((oc) => oc.column('id').doNothing()).execute();
  }
  for (const part of chunks(extracted.events)) {
    await trx.insertInto('reports').values(part.map((r) => ({ ...toReportRow(documentId, r), event_id: eventOf(r.key) }))).execute();
  }
  for (const part of chunks(extracted.claims)) {
    await trx.insertInto('claims').values(part.map((c) => toClaimRow(documentId, c))).execute();
  }
  return extracted.events.map((r) => [r.actor, r.target]);
}

/** Removes a document's reports and claims, then the events left without any report; returns their directions. */
async function deleteExtraction(trx: Transaction<DB>, documentId: string): Promise<Direction[]> {
  const rows = await trx.selectFrom('reports').innerJoin('events', 'events.id', 'reports.event_id')
    .select(['reports.event_id', 'events.actor', 'events.target']).where('reports.document_id', '=', documentId).execute();
  await trx.deleteFrom('reports').where('document_id', '=', documentId).execute();
  await trx.deleteFrom('claims').where('document_id', '=', documentId).execute();
  // "Left without any report" rather than "of this document": once events merge across documents, an event
  // also reported elsewhere must survive this document's update.
  for (const ids of chunks([...new Set(rows.map((r) => r.event_id))])) {
    await trx
      .deleteFrom('events')
      .where('id', 'in', ids)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('reports').select('reports.id').whereRef('reports.event_id', '=', 'events.id'))),
      )
      .execute();
  }
  return rows.map((r) => [r.actor, r.target]);
}
