// The one Store implementation. SQLite and PostgreSQL differ only in how the Kysely instance is built
// (sqlite/, postgres/); every query and migration here runs unchanged on both.
import type { Kysely } from 'kysely';
import { listDyads, updateDyad } from './dyad-queries.ts';
import { getDocument, listClaims, listDocuments, stats } from './document-queries.ts';
import { countEvents, getEvent, listEvents } from './event-queries.ts';
import { getFeedItems, getFeedState, hasDocument, nearDuplicateOf, saveFeedItem, saveFeedState } from './feed-state.ts';
import { migrateToLatest } from './migrate.ts';
import { deleteReviews, listReviews, saveReview } from './review-queries.ts';
import { saveDocument } from './save-document.ts';
import { listEscalations, pairSummaries } from './summary-queries.ts';
import type { DB } from './schema.ts';
import type { Store } from './store.ts';

export function createKyselyStore(db: Kysely<DB>, dialect: Store['dialect']): Store {
  return {
    dialect,
    migrate: () => migrateToLatest(db, dialect),
    saveDocument: (doc, extraction) => saveDocument(db, doc, extraction),
    getDocument: (id) => getDocument(db, id),
    hasDocument: (id, hash) => hasDocument(db, id, hash),
    listDocuments: (options) => listDocuments(db, options),
    listEvents: (filter) => listEvents(db, filter),
    countEvents: (filter) => countEvents(db, filter),
    getEvent: (id) => getEvent(db, id),
    listClaims: () => listClaims(db),
    saveReview: (review) => saveReview(db, review),
    listReviews: (ids) => listReviews(db, ids),
    deleteReviews: (ids) => deleteReviews(db, ids),
    pairSummaries: (limit) => pairSummaries(db, limit),
    listEscalations: (options) => listEscalations(db, options),
    listDyads: () => listDyads(db),
    updateDyad: (pair, plan) => updateDyad(db, dialect, pair, plan),
    stats: () => stats(db),
    nearDuplicateOf: (id) => nearDuplicateOf(db, id),
    getFeedState: (url) => getFeedState(db, url),
    saveFeedState: (state) => saveFeedState(db, state),
    getFeedItems: (feedUrl, keys) => getFeedItems(db, feedUrl, keys),
    saveFeedItem: (record) => saveFeedItem(db, record),
    close: () => db.destroy(),
  };
}
