// The overview's per-direction table (pair_summaries, migration 0005) against a fresh count of the stored events,
// after every kind of event write: new, updated, duplicate and near-duplicate documents, pair re-merges that
// change type, modality, count and direction, concurrent writers, and the migration's fill of an existing database.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { refreshDyads } from '../chains/chains.usecases.ts';
import { describeOnEveryBackend, type Backend, type PerTestStore } from './store.backends.test-helpers.ts';
import { a1, docA, docB, extractionA, extractionB, makeDocument, makeReport } from './store.fixtures.test-helpers.ts';
import type { PairSummary, Store, StoredEvent } from './store.ts';

/** What pairSummaries returned when it grouped every event: fact acts per direction, most acts first. */
function groupBy(events: readonly StoredEvent[]): PairSummary[] {
  const byKey = new Map<string, PairSummary>();
  for (const e of events.filter((x) => x.modality === 'fact')) {
    const key = `${e.actor}|${e.target}`;
    const s = byKey.get(key) ?? { actor: e.actor, target: e.target, acts: 0, hostile: 0, restoring: 0, people: 0 };
    s.acts += 1;
    if (e.type === 'restore') s.restoring += 1;
    else s.hostile += 1;
    s.people += e.count ?? 0;
    byKey.set(key, s);
  }
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...byKey.values()].sort((x, y) => y.acts - x.acts || text(x.actor, y.actor) || text(x.target, y.target));
}

/** The network and the event and report totals (kept in the same table) against the events as stored. */
async function assertFresh(store: Store, step: string): Promise<void> {
  const events = await store.listEvents();
  assert.deepEqual(await store.pairSummaries(1000), groupBy(events), `network after ${step}`);
  const { events: total, reports } = await store.stats();
  assert.deepEqual([total, reports], [events.length, events.reduce((n, e) => n + e.reports.length, 0)], `totals after ${step}`);
}

// Long enough to be fingerprinted (near-duplicates.ts), so a copy of it joins its events instead of adding its own.
const STORY = 'The foreign ministry in Paris announced on Monday that four diplomats of the German embassy had been '
  + 'declared persona non grata and given three days to leave the country, after a long dispute over consular access '
  + 'for a detained journalist. Officials in Berlin called the decision regrettable and said that they would study '
  + 'every option before deciding how to respond, while opposition figures in both capitals urged calm and talks.';

const docC = makeDocument('doc_cccccccccccccccc', 'London restores ties; Paris expels.', { published: '2026-02-03' });
const c1 = makeReport('r5_12', { date: '2026-02-03', sentence: 'London expelled a Russian diplomat on Monday.' });
const c2 = makeReport('r40_9', { type: 'restore', count: null, countQualifier: null, code: { ...a1.code, goldstein: 3.5 } });
const c3 = makeReport('r60_9', { actor: 'FRA', target: 'DEU', count: 4 });

describeOnEveryBackend('Store pair summaries contract', summariesSuite);

function summariesSuite(db: PerTestStore, backend: Backend): void {
  it('equals a fresh count of the events after a mixed sequence of writes', async () => {
    const s = db.store;
    await assertFresh(s, 'nothing stored');
    await s.saveDocument(docA, extractionA);
    await s.saveDocument(docB, extractionB);
    await assertFresh(s, 'two new documents');
    assert.equal(await s.saveDocument(docA, { events: [c3], claims: [] }), 'duplicate');
    await s.saveDocument(docC, { events: [c1, c2, c3], claims: [] });
    await refreshDyads({ store: s, pairs: await s.listDyads() });
    await assertFresh(s, 'a third document and re-merging every pair');
    await s.updateDyad(['GBR', 'RUS'], (events) => events.map(({ reports, ...event }, i) => ({
      // Turn the pair over: directions swap, types and modalities change, counts grow.
      event: { ...event, actor: event.target, target: event.actor, count: (event.count ?? 0) + i,
        type: i === 0 ? 'restore' : event.type, modality: i === 1 ? 'planned' : event.modality === 'planned' ? 'fact' : event.modality },
      reportIds: reports.map((r) => r.id),
    })));
    await assertFresh(s, 'a re-plan that changes directions, types, modalities and counts');
    await s.updateDyad(['GBR', 'RUS'], (events) => {
      const [first, ...rest] = events.map(({ reports, ...event }) => ({ event, reportIds: reports.map((r) => r.id) }));
      return [{ ...first!, reportIds: [first!, ...rest].flatMap((m) => m.reportIds) }];
    });
    await assertFresh(s, 'a re-plan that squashes a pair into one act');
    const story = [makeReport('r0_9', { actor: 'FRA', target: 'DEU', count: 4 }), makeReport('r90_9', { actor: 'DEU', target: 'FRA', type: 'protest', count: null })];
    await s.saveDocument(makeDocument('doc_story', STORY), { events: story, claims: [] });
    assert.equal(await s.saveDocument(makeDocument('doc_story_copy', `${STORY} Reporting by a wire agency.`), { events: story, claims: [] }), 'near_duplicate');
    await assertFresh(s, 'a near duplicate whose reports join the first copy\'s events');
    const changedA = makeDocument(docA.id, `${docA.text} Corrected.`);
    assert.equal(await s.saveDocument(changedA, { events: [makeReport('r0_30', { type: 'recall', actor: 'RUS', target: 'GBR' })], claims: [] }), 'updated');
    const changedB = makeDocument(docB.id, `${docB.text} Corrected.`);
    assert.equal(await s.saveDocument(changedB, { events: [], claims: [] }), 'updated');
    await assertFresh(s, 'updated documents that drop a direction');
    assert.ok(!(await s.pairSummaries(1000)).some((p) => p.actor === 'POL'), 'a direction without acts is no edge');
  });

  it('stays true with near duplicates and concurrent writers of the same directions', async () => {
    const s = db.store;
    const docs = [0, 1, 2, 3].map((i) => makeDocument(`doc_d${i}`, `${STORY} Copy ${i}.`));
    await Promise.all([1, 2, 3, 4].map(() => s.countEvents()));
    await Promise.all(docs.map((d, i) => s.saveDocument(d, { events: [makeReport('r0_9', { actor: 'FRA', target: 'DEU', count: 4 }),
      makeReport('r20_9', { actor: 'DEU', target: 'FRA', count: i })], claims: [] })));
    await assertFresh(s, 'concurrent (near-duplicate) documents');
    await Promise.all([
      s.updateDyad(['DEU', 'FRA'], (events) => events.map(({ reports, ...event }) => ({ event: { ...event, modality: 'negated' }, reportIds: reports.map((r) => r.id) }))),
      s.saveDocument(makeDocument('doc_e', 'Berlin answers.'), { events: [makeReport('r0_9', { actor: 'DEU', target: 'FRA', count: 7 })], claims: [] }),
      s.saveDocument(docs[0]!, { events: [], claims: [] }),
      s.saveDocument(makeDocument(docs[1]!.id, 'Another text.'), { events: [], claims: [] }),
    ]);
    await assertFresh(s, 'a re-plan racing saves of the same pair');
  });

  it('migration 0005 fills the table from the events of an existing database', async () => {
    await db.store.saveDocument(docA, extractionA);
    await db.store.saveDocument(docB, extractionB);
    const expected = [groupBy(await db.store.listEvents()), await db.store.stats()];
    await db.store.close();
    await rewindMigration(db.database.url, backend);
    // The suite's afterEach closes db.store: hand it the reopened store.
    const reopened = await db.database.open();
    Object.assign(db, { store: reopened });
    assert.deepEqual([await reopened.pairSummaries(1000), await reopened.stats()], expected);
  });
}

/** Back to the schema before 0005, events kept: its table dropped and its bookkeeping row removed. */
async function rewindMigration(url: string, backend: Backend): Promise<void> {
  const statements = ['drop table pair_summaries', "delete from kysely_migration where name = '0005-pair-summaries'"];
  if (backend === 'sqlite') {
    const database = new Database(url);
    for (const statement of statements) database.exec(statement);
    database.close();
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}
