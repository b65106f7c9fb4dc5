// The storage contract for the tit-for-tat layer (issue 4), run on every backend like store.contract.test.ts:
// pairs of states, and replacing the merged events of one pair (merge, re-point reports, links, delete leftovers).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { refreshDyads } from '../chains/chains.usecases.ts';
import { describeOnEveryBackend, type PerTestStore } from './store.backends.test-helpers.ts';
import { a1, a2, docA, docB, extractionA, extractionB, makeDocument, makeReport } from './store.fixtures.test-helpers.ts';
import { eventId, reportId } from './ids.ts';

// Every test starts from docs A and B.
describeOnEveryBackend('Store chains contract', chainsSuite, async (store) => {
  await store.saveDocument(docA, extractionA);
  await store.saveDocument(docB, extractionB);
});

// Doc C reports doc A's first act again (GBR expels a Russian diplomat on 2 Feb 2026), from another outlet.
const docC = makeDocument('doc_cccccccccccccccc', 'London expels a Russian diplomat.', { published: '2026-02-03' });
const c1 = makeReport('r5_12', { date: '2026-02-03', sentence: 'London expelled a Russian diplomat on Monday.' });

function chainsSuite(db: PerTestStore): void {
  it('lists each pair of states once, smaller code first, sorted', async () => {
    assert.deepEqual(await db.store.listDyads(), [['BLR', 'POL'], ['GBR', 'RUS'], ['RUS', 'USA']]);
  });

  it('replaces the events of one pair: merged reports, link with reason, leftovers deleted, other pairs untouched', async () => {
    await db.store.saveDocument(docC, { events: [c1], claims: [] });
    const before = await db.store.stats();
    const [first, second] = [reportId(docA.id, a1.key), reportId(docC.id, c1.key)].sort();
    const merged = (await db.store.getEvent(eventId(docA.id, a1.key)))!;
    const { reports: _r, ...fields } = merged;
    const id = `evt_${first!.slice(4)}`;
    const answer = (await db.store.getEvent(eventId(docA.id, a2.key)))!;
    const { reports: _q, ...answerFields } = answer;
    const others = (await db.store.listEvents({ pair: ['GBR', 'RUS'] })).filter((e) => ![merged.id, answer.id].includes(e.id) && !e.reports.some((r) => r.documentId === docC.id));
    await db.store.updateDyad(['GBR', 'RUS'], () => [
      { event: { ...fields, id, count: 1 }, reportIds: [first!, second!] },
      { event: { ...answerFields, retaliatesFor: id, link: { kind: 'implicit', cue: '', confidence: 0.6, reason: 'RUS expelled 1 GBR diplomats 1 day after ...' } }, reportIds: answer.reports.map((r) => r.id) },
      ...others.map(({ reports, ...event }) => ({ event, reportIds: reports.map((r) => r.id) })),
    ]);
    const after = await db.store.stats();
    assert.deepEqual([after.events, after.reports], [before.events - 1, before.reports]);
    const stored = (await db.store.getEvent(id))!;
    assert.deepEqual(stored.reports.map((r) => r.id).sort(), [first, second]);
    const linked = (await db.store.getEvent(answer.id))!;
    assert.equal(linked.retaliatesFor, id);
    assert.deepEqual(linked.link, { kind: 'implicit', cue: '', confidence: 0.6, reason: 'RUS expelled 1 GBR diplomats 1 day after ...' });
    assert.equal(await db.store.countEvents({ pair: ['POL', 'BLR'] }), 1);
    assert.equal((await db.store.getEvent(id === merged.id ? eventId(docC.id, c1.key) : merged.id)), null, 'the event left without reports is gone');
  });

  it('two writers of one pair apply one after the other: the second plans over the first one\'s result', async () => {
    const seen: string[][] = [];
    const squash = (events: Awaited<ReturnType<typeof db.store.listEvents>>) => {
      seen.push(events.map((e) => e.id).sort());
      const { reports: _r, ...fields } = events[0]!;
      return [{ event: { ...fields, id: `evt_writer${seen.length}`, retaliatesFor: null, link: null },
        reportIds: events.flatMap((e) => e.reports.map((r) => r.id)) }];
    };
    // Open pooled connections first, so that both transactions really start together where the pool allows it.
    await Promise.all([1, 2, 3].map(() => db.store.countEvents()));
    await Promise.all([db.store.updateDyad(['GBR', 'RUS'], squash), db.store.updateDyad(['GBR', 'RUS'], squash)]);
    assert.equal(seen.length, 2);
    assert.deepEqual(seen[1], ['evt_writer1'], 'the second writer read what the first wrote, not the state both started from');
    assert.deepEqual((await db.store.listEvents({ pair: ['GBR', 'RUS'] })).map((e) => e.id), ['evt_writer2']);
  });

  it('refreshDyads merges the same act across documents and keeps the document\'s link, the same on every backend', async () => {
    await db.store.saveDocument(docC, { events: [c1], claims: [] });
    await refreshDyads({ store: db.store, pairs: await db.store.listDyads() });
    const gbr = await db.store.listEvents({ actor: 'GBR', target: 'RUS', type: 'expel', modality: 'fact' });
    assert.equal(gbr.length, 1);
    assert.equal(gbr[0]!.id, `evt_${[reportId(docA.id, a1.key), reportId(docC.id, c1.key)].sort()[0]!.slice(4)}`);
    assert.equal(gbr[0]!.reports.length, 2);
    const answer = (await db.store.listEvents({ actor: 'RUS', target: 'GBR', type: 'expel' }))[0]!;
    assert.equal(answer.retaliatesFor, gbr[0]!.id);
    assert.equal(answer.link?.kind, 'explicit');
    const again = await db.store.listEvents();
    await refreshDyads({ store: db.store, pairs: await db.store.listDyads() });
    assert.deepEqual(await db.store.listEvents(), again, 'refreshing again changes nothing');
  });
}
