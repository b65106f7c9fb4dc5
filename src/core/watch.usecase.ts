// `riposte watch`: poll feeds, ingest the items never handled before, remember everything in the database.
// Crash safety comes from the order of writes: an item is recorded as handled only after its document was saved,
// and saving is idempotent (same id + same text = 'duplicate'), so a kill -9 between the two re-reads one item
// on restart and stores nothing twice. The feed's ETag/Last-Modified are stored only once every new item was
// handled, so a poll cut short (crash, stop, failed items) is followed by a full fetch rather than a 304.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Store } from '../storage/store.ts';
import type { FeedItemRecord, FeedState } from '../storage/store.ts';
import type { FeedEntry } from '../ingestion/feed.reader.ts';
import { fetchFeed, readEntry } from '../ingestion/url.source.ts';
import type { ReadOptions } from '../ingestion/types.ts';
import { emptySummary, ingestResult, type IngestExtractor, type IngestSummary } from './ingest.usecase.ts';
import { MAX_ITEM_ATTEMPTS, nextPollDelay } from './watch.schedule.ts';

export interface WatchParams {
  store: Store;
  extractor: IngestExtractor;
  feeds: readonly string[];
  everyMs: number;
  /** One round over every feed, due or not, then return. */
  once?: boolean;
  readOptions?: ReadOptions;
  /** Stops the watch between two items (graceful stop on SIGINT/SIGTERM). */
  signal?: AbortSignal;
  onPoll?: (report: PollReport) => void;
  now?: () => number;
}

export interface PollReport {
  feed: string;
  status: 'ok' | 'not_modified' | 'failed' | 'stopped';
  error: { code: string; message: string } | null;
  /** Items in the feed, and those never handled (or failed, and due for a retry). */
  items: number;
  newItems: number;
  summary: IngestSummary;
  failures: number;
  nextPollAt: string;
}

function freshState(url: string): FeedState {
  return { url, etag: null, lastModified: null, failures: 0, nextPollAt: null, lastPolledAt: null, lastError: null };
}

function conditionalHeaders(state: FeedState): Record<string, string> {
  const headers: Record<string, string> = {};
  if (state.etag) headers['if-none-match'] = state.etag;
  if (state.lastModified) headers['if-modified-since'] = state.lastModified;
  return headers;
}

/** Items to handle now: never seen, or failed fewer than MAX_ITEM_ATTEMPTS times. One per key. */
function pending(entries: FeedEntry[], records: Map<string, FeedItemRecord>): FeedEntry[] {
  const keys = new Set<string>();
  return entries.filter((entry) => {
    const record = records.get(entry.key);
    if (keys.has(entry.key) || (record && (record.outcome !== 'failed' || record.attempts >= MAX_ITEM_ATTEMPTS))) return false;
    keys.add(entry.key);
    return true;
  });
}

async function finish(params: WatchParams, state: FeedState, report: Omit<PollReport, 'failures' | 'nextPollAt'>): Promise<PollReport> {
  const now = (params.now ?? Date.now)();
  const failures = report.status === 'failed' ? state.failures + 1 : 0;
  const nextPollAt = new Date(now + nextPollDelay(params.everyMs, failures)).toISOString();
  const lastError = report.error ? `${report.error.code}: ${report.error.message}` : null;
  await params.store.saveFeedState({ ...state, failures, nextPollAt, lastPolledAt: new Date(now).toISOString(), lastError });
  return { ...report, failures, nextPollAt };
}

/** One poll of one feed. Throws only when the database itself fails. */
export async function pollFeed(params: WatchParams, url: string): Promise<PollReport> {
  const { store } = params;
  const state = (await store.getFeedState(url)) ?? freshState(url);
  const summary = emptySummary();
  const base = { feed: url, items: 0, newItems: 0, summary, error: null };
  const options = params.readOptions ?? {};
  const response = await fetchFeed(url, { ...options.fetch, headers: conditionalHeaders(state) });
  if ('error' in response) return finish(params, state, { ...base, status: 'failed', error: response.error });
  if (response.status === 'not_modified') return finish(params, state, { ...base, status: 'not_modified' });
  const { entries } = response.feed;
  const records = await store.getFeedItems(url, entries.map((e) => e.key));
  const todo = pending(entries, records);
  let complete = true;
  for (const entry of todo) {
    if (params.signal?.aborted) {
      complete = false;
      break;
    }
    const result = await readEntry(entry, response.feed, url, options);
    const outcome = await ingestResult(params, summary, result);
    const attempts = (records.get(entry.key)?.attempts ?? 0) + 1;
    const errorCode = outcome === 'failed' ? (summary.failed.at(-1)?.code ?? null) : null;
    const documentId = 'document' in result ? result.document.id : null;
    await store.saveFeedItem({ feedUrl: url, itemKey: entry.key, documentId, outcome, attempts, errorCode });
    if (outcome === 'failed' && attempts < MAX_ITEM_ATTEMPTS) complete = false;
  }
  const validators = complete ? { etag: response.etag, lastModified: response.lastModified } : {};
  const status = params.signal?.aborted && !complete ? 'stopped' : 'ok';
  return finish(params, { ...state, ...validators }, { ...base, status, items: entries.length, newItems: todo.length });
}

/** The database failed mid-poll: report it and try again next round; nothing was marked handled that was not saved. */
function storeFailure(params: WatchParams, url: string, err: unknown): PollReport {
  const message = err instanceof Error ? err.message : String(err);
  const nextPollAt = new Date((params.now ?? Date.now)() + params.everyMs).toISOString();
  return { feed: url, status: 'failed', error: { code: 'store.failed', message }, items: 0, newItems: 0, summary: emptySummary(), failures: 0, nextPollAt };
}

function dueAt(state: FeedState | null): number {
  return state?.nextPollAt ? Date.parse(state.nextPollAt) : 0;
}

/** Polls until stopped (or one round with `once`); returns the reports of the last round. */
export async function watch(params: WatchParams): Promise<PollReport[]> {
  const now = params.now ?? Date.now;
  for (;;) {
    const round: PollReport[] = [];
    let next = now() + params.everyMs;
    for (const url of params.feeds) {
      if (params.signal?.aborted) return round;
      const state = await params.store.getFeedState(url);
      if (!params.once && dueAt(state) > now()) {
        next = Math.min(next, dueAt(state));
        continue;
      }
      const report = await pollFeed(params, url).catch((err: unknown) => storeFailure(params, url, err));
      params.onPoll?.(report);
      round.push(report);
      next = Math.min(next, Date.parse(report.nextPollAt));
    }
    if (params.once || params.signal?.aborted) return round;
    await sleep(Math.max(0, next - now()), undefined, { signal: params.signal }).catch(() => {});
  }
}
