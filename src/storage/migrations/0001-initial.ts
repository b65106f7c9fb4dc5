// First schema: documents, events (one row per stored act), reports (one per sentence that reports an act) and
// claims. Identical on SQLite and PostgreSQL: only text, integer and double precision columns, dates as ISO text
// plus a granularity column, booleans as 0/1 and JSON as text, so both dialects compare and return the same values.
// `double precision` (not `real`) because PostgreSQL's real is float4 and would turn 0.95 into 0.949999988.
import type { Kysely, Migration } from 'kysely';

async function createDocuments(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('published', 'text')
    .addColumn('outlet', 'text')
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .execute();
}

// events has no document_id: an event may later gather reports from several documents (cross-document merging).
// retaliates_for has no foreign key for the same reason: merging re-maps event ids, and the link is repaired then.
async function createEvents(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('actor_text', 'text', (c) => c.notNull())
    .addColumn('target_text', 'text', (c) => c.notNull())
    .addColumn('actor_sector', 'text')
    .addColumn('target_sector', 'text')
    .addColumn('date', 'text')
    .addColumn('date_granularity', 'text')
    .addColumn('deadline', 'text')
    .addColumn('count', 'integer')
    .addColumn('count_qualifier', 'text')
    .addColumn('modality', 'text', (c) => c.notNull())
    .addColumn('background', 'integer', (c) => c.notNull())
    .addColumn('from_reference', 'integer', (c) => c.notNull())
    .addColumn('retaliates_for', 'text')
    .addColumn('link_kind', 'text')
    .addColumn('link_cue', 'text')
    .addColumn('link_confidence', 'double precision')
    .addColumn('cameo', 'text', (c) => c.notNull())
    .addColumn('goldstein', 'double precision', (c) => c.notNull())
    .addColumn('plover_type', 'text', (c) => c.notNull())
    .addColumn('plover_mode', 'text')
    .addColumn('plover_context', 'text', (c) => c.notNull())
    .execute();
}

async function createReports(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('sentence', 'text', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('spans', 'text', (c) => c.notNull())
    .addColumn('report', 'text', (c) => c.notNull())
    .execute();
}

async function createClaims(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('claims')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('count', 'integer')
    .addColumn('count_qualifier', 'text')
    .addColumn('period_from', 'text')
    .addColumn('period_to', 'text')
    .addColumn('sentence', 'text', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('rules', 'text', (c) => c.notNull())
    .execute();
}

// (actor, target) serves actor filters and both halves of a pair query ((a,b) or (b,a));
// (date, id) matches the list order, so paging does not sort the whole table.
const INDEXES: Array<[name: string, table: string, columns: string[]]> = [
  ['events_actor_target', 'events', ['actor', 'target']],
  ['events_target', 'events', ['target']],
  ['events_type_date', 'events', ['type', 'date']],
  ['events_modality', 'events', ['modality']],
  ['events_date_id', 'events', ['date', 'id']],
  ['events_retaliates_for', 'events', ['retaliates_for']],
  ['reports_event_id', 'reports', ['event_id']],
  ['reports_document_id', 'reports', ['document_id']],
  ['claims_document_id', 'claims', ['document_id']],
  ['documents_ingested_at', 'documents', ['ingested_at']],
];

export const migration0001: Migration = {
  async up(db: Kysely<unknown>) {
    await createDocuments(db);
    await createEvents(db);
    await createReports(db);
    await createClaims(db);
    for (const [name, table, columns] of INDEXES) {
      await db.schema.createIndex(name).on(table).columns(columns).execute();
    }
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['claims', 'reports', 'events', 'documents']) {
      await db.schema.dropTable(table).execute();
    }
  },
};
