import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingest, type IngestExtractor, type IngestProgress } from './ingest.usecase.ts';
import { createMemoryStore } from './memory-store.test-helpers.ts';
import { makeDocument, makeReport, makeClaim } from '../storage/store.fixtures.test-helpers.ts';
import type { ReadResult } from '../ingestion/types.ts';
import type { Store } from '../storage/store.ts';

const good1 = makeDocument('doc_1111111111111111', 'First article.');
const broken = makeDocument('doc_2222222222222222', 'EXPLODE in the extractor.');
const good2 = makeDocument('doc_3333333333333333', 'Second article.');

async function* inputs(): AsyncGenerator<ReadResult> {
  yield { origin: 'a.txt', document: good1 };
  yield { origin: 'empty.txt', error: { code: 'input.empty', message: 'the file is empty (0 bytes)' } };
  yield { origin: 'b.txt', document: broken };
  yield { origin: 'c.txt', document: good2 };
}

const extractor: IngestExtractor = {
  extract({ text }) {
    if (text.startsWith('EXPLODE')) throw new Error('boom');
    return { events: [makeReport('r0_1'), makeReport('r5_9', { type: 'summon' })], claims: [makeClaim('r20_3')] };
  },
};

test('ingest reads, extracts and saves each document; a failing document does not stop the batch', async () => {
  const store = createMemoryStore();
  const progress: IngestProgress[] = [];
  const summary = await ingest({ store, extractor, targets: ['x'], read: inputs, onProgress: (p) => progress.push({ ...p }) });
  assert.deepEqual({ ...summary, seconds: 0 }, {
    read: 3, inserted: 2, updated: 0, duplicates: 0, nearDuplicates: 0, events: 4, claims: 2, seconds: 0,
    failed: [
      { origin: 'empty.txt', code: 'input.empty', message: 'the file is empty (0 bytes)' },
      { origin: 'b.txt', code: 'extract.failed', message: 'extraction failed: boom' },
    ],
  });
  assert.deepEqual(progress.map((p) => [p.origin, p.outcome]), [['a.txt', 'inserted'], ['empty.txt', 'failed'], ['b.txt', 'failed'], ['c.txt', 'inserted']]);
  assert.equal((await store.stats()).documents, 2);
});

test('a second run over the same inputs reports duplicates and no new events', async () => {
  const store = createMemoryStore();
  await ingest({ store, extractor, targets: ['x'], read: inputs });
  const again = await ingest({ store, extractor, targets: ['x'], read: inputs });
  assert.deepEqual([again.read, again.inserted, again.duplicates, again.events, again.claims, again.failed.length], [3, 0, 2, 0, 0, 2]);
});

test('changed content under the same id counts as updated, with its events', async () => {
  const store = createMemoryStore();
  await ingest({ store, extractor, targets: ['x'], read: inputs });
  const changed = makeDocument(good1.id, 'First article, corrected.');
  const summary = await ingest({ store, extractor, targets: ['x'], read: async function* () { yield { origin: 'a.txt', document: changed }; } });
  assert.deepEqual([summary.updated, summary.events, summary.duplicates], [1, 2, 0]);
});

test('a document the store cannot save is a per-document failure', async () => {
  const memory = createMemoryStore();
  const store: Store = { ...memory, saveDocument: async () => { throw new Error('disk full'); } };
  const summary = await ingest({ store, extractor, targets: ['x'], read: inputs });
  assert.deepEqual(summary.failed.map((f) => f.code), ['store.save_failed', 'input.empty', 'extract.failed', 'store.save_failed']);
  assert.equal(summary.inserted, 0);
});
