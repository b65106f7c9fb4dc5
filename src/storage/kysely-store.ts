// The one Store implementation. SQLite and PostgreSQL differ only in how the Kysely instance is built
// (sqlite/, postgres/); every query and migration here runs unchanged on both.
import type { Kysely } from 'kysely';
import { getDocument, listClaims, listDocuments, stats } from './document-queries.ts';
import { countEvents, getEvent, listEvents } from './event-queries.ts';
import { migrateToLatest } from './migrate.ts';
import { saveDocument } from './save-document.ts';
import type { DB } from './schema.ts';
import type { Store } from './store.ts';

export function createKyselyStore(db: Kysely<DB>, dialect: Store['dialect']): Store {
  return {
    dialect,
    migrate: () => migrateToLatest(db, dialect),
    saveDocument: (doc, extraction) => saveDocument(db, doc, extraction),
    getDocument: (id) => getDocument(db, id),
    listDocuments: (options) => listDocuments(db, options),
    listEvents: (filter) => listEvents(db, filter),
    countEvents: (filter) => countEvents(db, filter),
    getEvent: (id) => getEvent(db, id),
    listClaims: () => listClaims(db),
    stats: () => stats(db),
    close: () => db.destroy(),
  };
}
