// Contract cases for reviews, the overview aggregates and 'recent' order; called by store.contract.test.ts on every
// backend (it owns the fresh database per test).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { eventId, reportId } from './ids.ts';
import { a1, a2, docA, docB, extractionA, extractionB, makeDocument, makeReport } from './store.fixtures.test-helpers.ts';
import type { EventReview, Store } from './store.ts';

const a1Id = eventId(docA.id, a1.key);
const a1Report = reportId(docA.id, a1.key);

export function reviewContract(store: () => Store): void {
  it('saves, replaces, lists and deletes reviews; a review outlives re-extraction', async () => {
    const s = store();
    await s.saveDocument(docA, extractionA);
    const review: EventReview = {
      eventId: a1Id, reportId: a1Report, status: 'corrected', fields: { count: 2, date: null, actor: 'GBR' }, note: 'two, not one', reviewedAt: '2026-02-03T10:00:00.000Z',
    };
    await s.saveReview(review);
    assert.deepEqual(await s.listReviews([a1Report, 'rep_missing']), [review]);
    const confirmed = { ...review, status: 'confirmed' as const, fields: {}, note: null };
    await s.saveReview(confirmed);
    assert.deepEqual(await s.listReviews([a1Report]), [confirmed]);
    // The text changes: the document's events are deleted and re-inserted under the same ids; the review stays.
    await s.saveDocument(makeDocument(docA.id, `${docA.text} Updated.`), extractionA);
    assert.ok(await s.getEvent(a1Id));
    assert.deepEqual(await s.listReviews([a1Report]), [confirmed]);
    assert.equal(await s.deleteReviews([a1Report, 'rep_missing']), 1);
    assert.equal(await s.deleteReviews([a1Report]), 0);
    assert.deepEqual(await s.listReviews([a1Report]), []);
  });

  it('summarises fact acts per direction and finds answers larger than the act they answer', async () => {
    const s = store();
    await s.saveDocument(docA, extractionA);
    await s.saveDocument(docB, extractionB);
    const restore = makeReport('r0_9', { type: 'restore', actor: 'GBR', target: 'RUS', count: null, code: { ...a1.code, goldstein: 3.5 } });
    const bigger = makeReport('r20_9', { actor: 'RUS', target: 'GBR', count: 5, retaliatesFor: 'r40_9' });
    const original = makeReport('r40_9', { count: 1 });
    await s.saveDocument(makeDocument('doc_cccccccccccccccc', 'Third.'), { events: [restore, bigger, original], claims: [] });
    const summary = await s.pairSummaries(10);
    assert.deepEqual(summary.slice(0, 2), [
      { actor: 'GBR', target: 'RUS', acts: 3, hostile: 2, restoring: 1, people: 2 },
      { actor: 'RUS', target: 'GBR', acts: 2, hostile: 2, restoring: 0, people: 6 },
    ]);
    assert.equal((await s.pairSummaries(1)).length, 1);
    const escalations = await s.listEscalations({ limit: 5, minRatio: 1 });
    assert.deepEqual(escalations, [{ answerId: eventId('doc_cccccccccccccccc', 'r20_9'), originalId: eventId('doc_cccccccccccccccc', 'r40_9'), ratio: 5 }]);
    // a2 answers a1 with the same size: not an escalation at minRatio 1.
    assert.ok(!escalations.some((e) => e.answerId === eventId(docA.id, a2.key)));
    assert.deepEqual((await s.listEvents({ retaliatesFor: a1Id })).map((e) => e.id), [eventId(docA.id, a2.key)]);
    assert.equal(await s.countEvents({ retaliatesFor: 'evt_missing' }), 0);
  });

  it("lists dated events newest first with order 'recent'", async () => {
    const s = store();
    await s.saveDocument(docB, extractionB);
    const dates = (await s.listEvents({ order: 'recent' })).map((e) => e.date);
    assert.deepEqual(dates, ['2026-01-15', '2025']);
    assert.equal(await s.countEvents({ order: 'recent' }), 2);
  });
}
