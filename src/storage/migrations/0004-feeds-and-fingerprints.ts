// Feed polling state for `riposte watch` (so a restart loses nothing and re-reads nothing) and near-duplicate
// fingerprints of documents (the same wire story on several sites). Same column types as 0001, both dialects.
// Numbered 0004 because 0002 and 0003 are reserved by work in progress elsewhere.
import type { Kysely, Migration } from 'kysely';

async function createFeeds(db: Kysely<unknown>): Promise<void> {
  // One row per watched feed URL: conditional-request validators, error backoff and schedule.
  await db.schema
    .createTable('feeds')
    .addColumn('url', 'text', (c) => c.primaryKey())
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('next_poll_at', 'text')
    .addColumn('last_polled_at', 'text')
    .addColumn('last_error', 'text')
    .execute();
  // One row per item ever handled; a failed item keeps its attempts so it is retried a bounded number of times.
  await db.schema
    .createTable('feed_items')
    .addColumn('feed_url', 'text', (c) => c.notNull())
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('error_code', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('feed_items_pk', ['feed_url', 'item_key'])
    .execute();
}

async function createFingerprints(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('document_fingerprints')
    .addColumn('document_id', 'text', (c) => c.primaryKey().references('documents.id'))
    /** MinHash signature, hex, comma-separated. */
    .addColumn('signature', 'text', (c) => c.notNull())
    /** The earlier document this one repeats (its reports joined that document's events), or null. */
    .addColumn('duplicate_of', 'text')
    .addColumn('similarity', 'double precision')
    .execute();
  // LSH bands: documents sharing any band are candidates, checked on the full signature.
  await db.schema
    .createTable('fingerprint_bands')
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addPrimaryKeyConstraint('fingerprint_bands_pk', ['band', 'document_id'])
    .execute();
  await db.schema.createIndex('fingerprint_bands_document_id').on('fingerprint_bands').column('document_id').execute();
  await db.schema.createIndex('document_fingerprints_duplicate_of').on('document_fingerprints').column('duplicate_of').execute();
}

export const migration0004: Migration = {
  async up(db: Kysely<unknown>) {
    await createFeeds(db);
    await createFingerprints(db);
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['fingerprint_bands', 'document_fingerprints', 'feed_items', 'feeds']) {
      await db.schema.dropTable(table).execute();
    }
  },
};
