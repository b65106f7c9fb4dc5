// The storage contract, run on every backend. PostgreSQL runs when RIPOSTE_TEST_PG names a database it may
// create schemas in; otherwise its suite is reported as skipped with the reason.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { claimId, eventId, reportId } from './ids.ts';
import { describeOnEveryBackend, freshDatabase, type Backend, type PerTestStore } from './store.backends.test-helpers.ts';
import {
  a1, a2, a3, b1, b2, b3, docA, docB, extractionA, extractionB, makeClaim, makeDocument, makeReport,
} from './store.fixtures.test-helpers.ts';
import { reviewContract } from './store.contract.reviews.test-helpers.ts';
import type { EventFilter, Store } from './store.ts';

const LABELS = new Map([
  ...[a1, a2, a3].map((r, i) => [eventId(docA.id, r.key), `a${i + 1}`] as const),
  ...[b1, b2, b3].map((r, i) => [eventId(docB.id, r.key), `b${i + 1}`] as const),
]);

const RACE_CHILD = fileURLToPath(new URL('./store.race-child.test-helpers.ts', import.meta.url));

/** Fixture labels of the listed events; also checks that countEvents counts every match, ignoring paging. */
async function labels(store: Store, filter: EventFilter): Promise<string[]> {
  const { limit: _limit, offset: _offset, ...unpaged } = filter;
  assert.equal(await store.countEvents(filter), (await store.listEvents(unpaged)).length);
  return (await store.listEvents(filter)).map((e) => LABELS.get(e.id) ?? e.id);
}

async function raceInChildProcess(url: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', RACE_CHILD, url]);
  return JSON.parse(stdout) as string[];
}

describeOnEveryBackend('Store contract', contractSuite);

function contractSuite(db: PerTestStore, backend: Backend): void {
  reviewContract(() => db.store);

  it('reports its dialect, and migrating again is harmless', async () => {
    assert.equal(db.store.dialect, backend);
    await db.store.migrate();
    const second = await db.database.open();
    await second.migrate();
    assert.equal(await second.saveDocument(docA, extractionA), 'inserted');
    await second.close();
    assert.deepEqual(await db.store.stats(), { documents: 1, events: 3, reports: 3, claims: 1 });
  });

  it('inserts, then reports the same document as a duplicate without writing anything', async () => {
    assert.equal(await db.store.saveDocument(docA, extractionA), 'inserted');
    const before = await db.store.getDocument(docA.id);
    const statsBefore = await db.store.stats();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const moreEvents = { events: [...extractionA.events, b1], claims: [] };
    assert.equal(await db.store.saveDocument(docA, moreEvents), 'duplicate');
    assert.deepEqual(await db.store.getDocument(docA.id), before);
    assert.deepEqual(await db.store.stats(), statsBefore);
    assert.equal(before?.text, docA.text);
    assert.equal(before?.eventCount, 3);
    assert.equal(before?.claimCount, 1);
  });

  it('replaces reports, events and claims when the text changed', async () => {
    await db.store.saveDocument(docA, extractionA);
    const changed = makeDocument(docA.id, `${docA.text} Corrected.`);
    const replacement = makeReport('r0_30', { type: 'recall', sentence: 'London recalled its ambassador.' });
    assert.equal(await db.store.saveDocument(changed, { events: [replacement], claims: [] }), 'updated');
    assert.deepEqual(await db.store.stats(), { documents: 1, events: 1, reports: 1, claims: 0 });
    assert.equal(await db.store.getEvent(eventId(docA.id, a1.key)), null);
    const events = await db.store.listEvents();
    assert.deepEqual(events.map((e) => e.id), [eventId(docA.id, 'r0_30')]);
    assert.equal(events[0]?.reports[0]?.report.sentence, 'London recalled its ambassador.');
    const stored = await db.store.getDocument(docA.id);
    assert.equal(stored?.text, changed.text);
    assert.equal(stored?.contentHash, changed.contentHash);
  });

  it('leaves nothing of a document whose transaction fails midway', async () => {
    // The claims are written last; two with one key violate the primary key after the rest went in.
    const clash = { events: extractionA.events, claims: [makeClaim('c1'), makeClaim('c1')] };
    await assert.rejects(db.store.saveDocument(docA, clash));
    assert.equal(await db.store.getDocument(docA.id), null);
    assert.deepEqual(await db.store.stats(), { documents: 0, events: 0, reports: 0, claims: 0 });
  });

  it('keeps the old version when a failing update rolls back', async () => {
    await db.store.saveDocument(docA, extractionA);
    const changed = makeDocument(docA.id, 'Something else entirely.');
    await assert.rejects(db.store.saveDocument(changed, { events: [b1], claims: [makeClaim('c1'), makeClaim('c1')] }));
    assert.equal((await db.store.getDocument(docA.id))?.text, docA.text);
    assert.deepEqual(await db.store.stats(), { documents: 1, events: 3, reports: 3, claims: 1 });
  });

  describe('filters', () => {
    beforeEach(async () => {
      await db.store.saveDocument(docA, extractionA);
      await db.store.saveDocument(docB, extractionB);
    });

    it('orders by date (undated last), then id', async () => {
      assert.deepEqual(await labels(db.store, {}), ['b3', 'b1', 'a2', 'a1', 'a3', 'b2']);
    });

    it('selects by actor, target, pair in both directions, type and modality', async () => {
      assert.deepEqual(await labels(db.store, { actor: 'GBR' }), ['b3', 'a1']);
      assert.deepEqual(await labels(db.store, { target: 'RUS' }), ['b3', 'a1', 'b2']);
      assert.deepEqual(await labels(db.store, { pair: ['GBR', 'RUS'] }), ['b3', 'a2', 'a1', 'a3']);
      assert.deepEqual(await labels(db.store, { pair: ['RUS', 'GBR'] }), ['b3', 'a2', 'a1', 'a3']);
      assert.deepEqual(await labels(db.store, { type: 'expel' }), ['b3', 'a2', 'a1']);
      assert.deepEqual(await labels(db.store, { modality: 'planned' }), ['a3']);
      assert.deepEqual(await labels(db.store, { actor: 'RUS', type: 'threaten' }), ['a3']);
      assert.deepEqual(await labels(db.store, { actor: 'FRA' }), []);
    });

    it('bounds dates by overlap at the coarser precision', async () => {
      assert.deepEqual(await labels(db.store, { since: '2026-02-01' }), ['a2', 'a1', 'a3']);
      assert.deepEqual(await labels(db.store, { until: '2026-01-31' }), ['b3', 'b1']);
      assert.deepEqual(await labels(db.store, { since: '2026-02-03', until: '2026-02-03' }), ['a2', 'a3']);
      assert.deepEqual(await labels(db.store, { since: '2026', until: '2026-01' }), ['b1']);
      assert.deepEqual(await labels(db.store, { until: '2025-12-31' }), ['b3']);
    });

    it('matches report sentences case-insensitively, with % and _ taken literally', async () => {
      assert.deepEqual(await labels(db.store, { text: 'BELARUSIAN' }), ['b1']);
      assert.deepEqual(await labels(db.store, { text: 'in retaliation' }), ['a2']);
      assert.deepEqual(await labels(db.store, { text: '100%' }), ['b2']);
      assert.deepEqual(await labels(db.store, { text: '%' }), ['b2']);
      assert.deepEqual(await labels(db.store, { text: 'in_retaliation' }), []);
    });

    it('pages with limit and offset', async () => {
      assert.deepEqual(await labels(db.store, { limit: 2 }), ['b3', 'b1']);
      assert.deepEqual(await labels(db.store, { limit: 2, offset: 1 }), ['b1', 'a2']);
      assert.deepEqual(await labels(db.store, { offset: 4 }), ['a3', 'b2']);
      assert.deepEqual(await labels(db.store, { pair: ['RUS', 'GBR'], limit: 1, offset: 3 }), ['a3']);
      assert.equal(await db.store.countEvents({ pair: ['RUS', 'GBR'], limit: 1 }), 4);
      await assert.rejects(db.store.listEvents({ limit: -1 }), RangeError);
    });
  });

  it('maps retaliatesFor to the answered event id, and drops keys the document does not have', async () => {
    const orphan = makeReport('r200_210', { retaliatesFor: 'r999_999', start: 200 });
    await db.store.saveDocument(docA, { events: [...extractionA.events, orphan], claims: [] });
    assert.equal((await db.store.getEvent(eventId(docA.id, a2.key)))?.retaliatesFor, eventId(docA.id, a1.key));
    assert.equal((await db.store.getEvent(eventId(docA.id, a1.key)))?.retaliatesFor, null);
    assert.equal((await db.store.getEvent(eventId(docA.id, orphan.key)))?.retaliatesFor, null);
  });

  it('returns an event with its reports, spans, rules and document intact', async () => {
    await db.store.saveDocument(docA, extractionA);
    const event = await db.store.getEvent(eventId(docA.id, a2.key));
    assert.ok(event);
    const { key: _k, sentence: _s, start: _st, end: _e, rules: _r, spans: _sp, retaliatesFor: _rf, ...fields } = a2;
    assert.deepEqual(event, {
      ...fields,
      id: eventId(docA.id, a2.key),
      retaliatesFor: eventId(docA.id, a1.key),
      reports: [{
        id: reportId(docA.id, a2.key), eventId: eventId(docA.id, a2.key), documentId: docA.id,
        url: docA.url, title: docA.title, published: docA.published, report: a2,
      }],
    });
    assert.equal(await db.store.getEvent('evt_0000000000000000'), null);
  });

  it('round-trips claims and lists documents with their counts', async () => {
    await db.store.saveDocument(docA, extractionA);
    await db.store.saveDocument(docB, extractionB);
    const claim = extractionA.claims[0]!;
    assert.deepEqual(await db.store.listClaims(), [{ ...claim, id: claimId(docA.id, claim.key), documentId: docA.id, url: docA.url }]);
    const docs = await db.store.listDocuments();
    assert.deepEqual(docs.map((d) => [d.id, d.eventCount, d.claimCount]).sort(), [[docA.id, 3, 1], [docB.id, 3, 0]]);
    assert.equal((await db.store.listDocuments({ limit: 1, offset: 1 })).length, 1);
    assert.equal(await db.store.getDocument('doc_missing'), null);
  });

  it('gives the same ids on two fresh databases', async () => {
    const other = await freshDatabase(backend);
    let second: Store | undefined;
    try {
      second = await other.open();
      for (const s of [db.store, second]) {
        await s.saveDocument(docB, extractionB);
        await s.saveDocument(docA, extractionA);
      }
      const ids = async (s: Store) => ({
        events: (await s.listEvents()).map((e) => [e.id, e.retaliatesFor, e.reports.map((r) => r.id)]),
        claims: (await s.listClaims()).map((c) => c.id),
      });
      assert.deepEqual(await ids(second), await ids(db.store));
      assert.match(eventId(docA.id, a1.key), /^evt_[0-9a-f]{16}$/);
      assert.match(reportId(docA.id, a1.key), /^rep_[0-9a-f]{16}$/);
    } finally {
      await second?.close();
      await other.dispose();
    }
  });

  it('saves one document once when four saves race', async () => {
    // On PostgreSQL two stores (two pools) race, as two processes would. On SQLite a second connection in the
    // same process cannot be used: better-sqlite3 blocks the event loop while it waits for the file lock.
    const other = backend === 'postgres' ? await db.database.open() : db.store;
    try {
      const outcomes = await Promise.all([db.store, other, db.store, other].map((s) => s.saveDocument(docA, extractionA)));
      assert.deepEqual(outcomes.sort(), ['duplicate', 'duplicate', 'duplicate', 'inserted']);
      assert.deepEqual(await db.store.stats(), { documents: 1, events: 3, reports: 3, claims: 1 });
    } finally {
      if (other !== db.store) await other.close();
    }
  });

  it('saves one document once when two processes race', async () => {
    // Two real processes, each saving twice at once: the case the write-first order in save-document is for.
    const outcomes = (await Promise.all([raceInChildProcess(db.database.url), raceInChildProcess(db.database.url)])).flat();
    assert.deepEqual(outcomes.sort(), ['duplicate', 'duplicate', 'duplicate', 'inserted']);
    assert.deepEqual(await db.store.stats(), { documents: 1, events: 3, reports: 3, claims: 1 });
  });
}
