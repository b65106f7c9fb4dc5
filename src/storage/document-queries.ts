// Reading documents, claims and totals.
import type { Kysely } from 'kysely';
import { toStoredClaim, toStoredDocument } from './from-rows.ts';
import type { DB } from './schema.ts';
import type { StoredClaim, StoredDocument } from './store.ts';

const LISTED_COLUMNS = [
  'documents.id', 'documents.url', 'documents.title', 'documents.published', 'documents.outlet', 'documents.format',
  'documents.origin', 'documents.content_hash', 'documents.ingested_at',
] as const;

function documentsWithCounts(db: Kysely<DB>) {
  return db
    .selectFrom('documents')
    .select(LISTED_COLUMNS)
    .select((eb) => [
      eb
        .selectFrom('reports')
        .select((sub) => sub.fn.count('reports.event_id').distinct().as('n'))
        .whereRef('reports.document_id', '=', 'documents.id')
        .as('event_count'),
      eb
        .selectFrom('claims')
        .select((sub) => sub.fn.countAll().as('n'))
        .whereRef('claims.document_id', '=', 'documents.id')
        .as('claim_count'),
    ]);
}

export async function getDocument(db: Kysely<DB>, id: string): Promise<(StoredDocument & { text: string }) | null> {
  const row = await documentsWithCounts(db).select('documents.text').where('documents.id', '=', id).executeTakeFirst();
  return row ? { ...toStoredDocument(row), text: row.text } : null;
}

/** Most recently ingested first. */
export async function listDocuments(
  db: Kysely<DB>,
  options: { limit?: number; offset?: number } = {},
): Promise<StoredDocument[]> {
  let query = documentsWithCounts(db).orderBy('documents.ingested_at', 'desc').orderBy('documents.id');
  if (options.limit !== undefined || options.offset !== undefined) {
    query = query.limit(options.limit ?? Number.MAX_SAFE_INTEGER).offset(options.offset ?? 0);
  }
  return (await query.execute()).map(toStoredDocument);
}

/** In document order (by id), then by position in the document. */
export async function listClaims(db: Kysely<DB>): Promise<StoredClaim[]> {
  const rows = await db
    .selectFrom('claims')
    .innerJoin('documents', 'documents.id', 'claims.document_id')
    .selectAll('claims')
    .select('documents.url')
    .orderBy('claims.document_id')
    .orderBy('claims.start')
    .orderBy('claims.id')
    .execute();
  return rows.map(toStoredClaim);
}

export async function stats(db: Kysely<DB>): Promise<{ documents: number; events: number; reports: number; claims: number }> {
  const count = async (table: keyof DB) =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  // Events and reports from the per-direction totals (pair_summaries): counting 1M rows took tens of ms per request.
  const totals = await db.selectFrom('pair_summaries')
    .select((eb) => [eb.fn.sum<number>('events').as('events'), eb.fn.sum<number>('reports').as('reports')])
    .executeTakeFirstOrThrow();
  return {
    documents: await count('documents'),
    events: Number(totals.events ?? 0),
    reports: Number(totals.reports ?? 0),
    claims: await count('claims'),
  };
}
