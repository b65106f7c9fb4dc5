// The watch usecase in-process, against the local test server and a SQLite file: backoff on failure, ETag kept
// only after a complete poll, failed items retried a bounded number of times, and the schedule helpers.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openStore } from '../storage/open-store.ts';
import type { Store } from '../storage/store.ts';
import { startTestServer, type TestServer } from '../ingestion/test-server.test-helpers.ts';
import type { IngestExtractor } from './ingest.usecase.ts';
import { pollFeed, watch, type WatchParams } from './watch.usecase.ts';
import { MAX_BACKOFF_MS, MAX_ITEM_ATTEMPTS, nextPollDelay, parseDuration } from './watch.schedule.ts';

const extractor: IngestExtractor = { extract: () => ({ events: [], claims: [] }) };
let server: TestServer;
let store: Store;
let clock = Date.UTC(2026, 1, 2, 10);

before(async () => {
  server = await startTestServer();
  store = await openStore(join(mkdtempSync(join(tmpdir(), 'riposte-watch-unit-')), 'w.db'));
});
after(async () => {
  await store.close();
  await server.close();
});

function params(feeds: string[], extra: Partial<WatchParams> = {}): WatchParams {
  return { store, extractor, feeds, everyMs: 60_000, now: () => clock, readOptions: { fetch: { totalTimeoutMs: 2000 } }, ...extra };
}

test('durations and the capped exponential backoff', () => {
  assert.deepEqual(['15m', '30s', '2h', '500ms', '1.5h', '10', 'soon', '0s'].map(parseDuration),
    [900_000, 30_000, 7_200_000, 500, 5_400_000, 10_000, null, null]);
  assert.deepEqual([0, 1, 2, 3].map((f) => nextPollDelay(60_000, f)), [60_000, 120_000, 240_000, 480_000]);
  assert.equal(nextPollDelay(900_000, 50), MAX_BACKOFF_MS);
});

test('a failing feed backs off more each time and recovers to the normal interval', async () => {
  const url = `${server.url}/error`;
  const delays: number[] = [];
  for (let i = 0; i < 3; i++) {
    const report = await pollFeed(params([url]), url);
    assert.equal(report.error?.code, 'fetch.status');
    delays.push(Date.parse(report.nextPollAt) - clock);
  }
  assert.deepEqual(delays, [120_000, 240_000, 480_000]);
  assert.equal((await store.getFeedState(url))?.failures, 3);
  const polled: string[] = [];
  const due = await watch(params([url], { signal: AbortSignal.timeout(300), onPoll: (r) => polled.push(r.feed) }));
  assert.deepEqual([due, polled], [[], []], 'not due yet: a watch without --once waits for it');
});

test('the ETag is stored only when every new item was handled; failed items are retried, then given up', async () => {
  server.feeds.set('flaky', { items: [300, 301], full: false, format: 'rss', brokenLinks: true });
  const url = `${server.url}/feeds/flaky.xml`;
  const failing = params([url]);
  const first = await pollFeed(failing, url);
  assert.deepEqual([first.newItems, first.summary.failed.map((f) => f.code)], [2, ['fetch.status', 'fetch.status']]);
  assert.equal((await store.getFeedState(url))?.etag, null, 'no ETag while items wait for a retry');
  for (let i = 1; i < MAX_ITEM_ATTEMPTS; i++) await pollFeed(failing, url);
  const items = await store.getFeedItems(url, [`flaky-300`, `flaky-301`]);
  assert.deepEqual([...items.values()].map((r) => [r.outcome, r.attempts]), [['failed', 3], ['failed', 3]]);
  const givenUp = await pollFeed(failing, url);
  assert.equal(givenUp.newItems, 0, 'given up after MAX_ITEM_ATTEMPTS');
  assert.ok((await store.getFeedState(url))?.etag, 'then the ETag is kept');
  assert.equal((await pollFeed(failing, url)).status, 'not_modified');
});

test('a stop signal ends the watch between items', async () => {
  server.feeds.set('long', { items: [400, 401, 402], full: true, format: 'rss' });
  const controller = new AbortController();
  controller.abort();
  const reports = await watch(params([`${server.url}/feeds/long.xml`], { signal: controller.signal }));
  assert.deepEqual(reports, []);
});
