// Tit-for-tat layer (issue 4): implicit links carry a human-readable reason, and merging looks reports up by
// (document, key) when it carries a document's links over to the merged events.
import type { Kysely, Migration } from 'kysely';

export const migration0002: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('events').addColumn('link_reason', 'text').execute();
    await db.schema.createIndex('reports_document_key').on('reports').columns(['document_id', 'key']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('reports_document_key').execute();
    await db.schema.alterTable('events').dropColumn('link_reason').execute();
  },
};
