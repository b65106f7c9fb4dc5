// Feed polling state and handled items (`riposte watch`), and the small document look-ups ingest needs. Writes are upserts keyed by the feed URL and the
// (feed, item) pair, so two watchers of the same feed on one database converge instead of colliding.
import type { Kysely } from 'kysely';
import { chunks } from './chunks.ts';
import type { DB, FeedItemsTable, FeedsTable } from './schema.ts';
import type { FeedItemRecord, FeedState } from './store.ts';

function toFeedRow(state: FeedState): FeedsTable {
  return {
    url: state.url, etag: state.etag, last_modified: state.lastModified, failures: state.failures,
    next_poll_at: state.nextPollAt, last_polled_at: state.lastPolledAt, last_error: state.lastError,
  };
}

export async function getFeedState(db: Kysely<DB>, url: string): Promise<FeedState | null> {
  const row = await db.selectFrom('feeds').selectAll().where('url', '=', url).executeTakeFirst();
  if (!row) return null;
  return {
    url: row.url, etag: row.etag, lastModified: row.last_modified, failures: Number(row.failures),
    nextPollAt: row.next_poll_at, lastPolledAt: row.last_polled_at, lastError: row.last_error,
  };
}

export async function saveFeedState(db: Kysely<DB>, state: FeedState): Promise<void> {
  const { url: _url, ...changes } = toFeedRow(state);
  await db.insertInto('feeds').values(toFeedRow(state)).onConflict((oc) => oc.column('url').doUpdateSet(changes)).execute();
}

export async function getFeedItems(db: Kysely<DB>, feedUrl: string, itemKeys: readonly string[]): Promise<Map<string, FeedItemRecord>> {
  const out = new Map<string, FeedItemRecord>();
  for (const keys of chunks([...new Set(itemKeys)])) {
    const rows = await db.selectFrom('feed_items').selectAll().where('feed_url', '=', feedUrl).where('item_key', 'in', keys).execute();
    for (const row of rows) {
      out.set(row.item_key, {
        feedUrl: row.feed_url, itemKey: row.item_key, documentId: row.document_id,
        outcome: row.outcome as FeedItemRecord['outcome'], attempts: Number(row.attempts), errorCode: row.error_code,
      });
    }
  }
  return out;
}

export async function saveFeedItem(db: Kysely<DB>, record: FeedItemRecord): Promise<void> {
  const row: FeedItemsTable = {
    feed_url: record.feedUrl, item_key: record.itemKey, document_id: record.documentId, outcome: record.outcome,
    attempts: record.attempts, error_code: record.errorCode, updated_at: new Date().toISOString(),
  };
  const { feed_url: _f, item_key: _k, ...changes } = row;
  await db.insertInto('feed_items').values(row).onConflict((oc) => oc.columns(['feed_url', 'item_key']).doUpdateSet(changes)).execute();
}

export async function nearDuplicateOf(db: Kysely<DB>, documentId: string): Promise<string | null> {
  const row = await db.selectFrom('document_fingerprints').select('duplicate_of').where('document_id', '=', documentId).executeTakeFirst();
  return row?.duplicate_of ?? null;
}

export async function hasDocument(db: Kysely<DB>, id: string, contentHash: string): Promise<boolean> {
  const row = await db.selectFrom('documents').select('id').where('id', '=', id).where('content_hash', '=', contentHash).executeTakeFirst();
  return row !== undefined;
}
