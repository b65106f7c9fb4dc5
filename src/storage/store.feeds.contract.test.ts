// Contract additions of issue 6, on every backend: feed state and handled items (`watch`), and near-duplicate
// documents whose reports join the earlier document's events.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { eventId } from './ids.ts';
import { describeOnEveryBackend, type PerTestStore } from './store.backends.test-helpers.ts';
import { makeDocument, makeReport } from './store.fixtures.test-helpers.ts';
import type { FeedState } from './store.ts';
import { generatedArticle } from '../ingestion/generated-articles.test-helpers.ts';

describeOnEveryBackend('Store feeds and near duplicates', suite);

const STORY = generatedArticle(40).paragraphs.join('\n\n');
const original = makeDocument('doc_1111111111111111', `Title one\n\n${STORY}`, { title: 'Title one' });
const copy = makeDocument('doc_2222222222222222', `Another headline\n\n${STORY}\n\nReporting by the wire desk.`, { title: 'Another headline' });
const other = makeDocument('doc_3333333333333333', `Title three\n\n${generatedArticle(41).paragraphs.join('\n\n')}`, { title: 'Title three' });

function suite(db: PerTestStore): void {
  it('keeps feed state and item records, replacing them on save', async () => {
    assert.equal(await db.store.getFeedState('https://f.example/rss'), null);
    const state: FeedState = {
      url: 'https://f.example/rss', etag: '"abc"', lastModified: 'Mon, 02 Feb 2026 10:00:00 GMT', failures: 0,
      nextPollAt: '2026-02-02T10:15:00.000Z', lastPolledAt: '2026-02-02T10:00:00.000Z', lastError: null,
    };
    await db.store.saveFeedState(state);
    await db.store.saveFeedState({ ...state, failures: 2, lastError: 'fetch.status: HTTP 500' });
    assert.deepEqual(await db.store.getFeedState(state.url), { ...state, failures: 2, lastError: 'fetch.status: HTTP 500' });
    const item = { feedUrl: state.url, itemKey: 'g1', documentId: null, outcome: 'failed' as const, attempts: 1, errorCode: 'fetch.status' };
    await db.store.saveFeedItem(item);
    await db.store.saveFeedItem({ ...item, outcome: 'inserted', attempts: 2, documentId: 'doc_x', errorCode: null });
    const items = await db.store.getFeedItems(state.url, ['g1', 'g2', 'g1']);
    assert.deepEqual([...items.entries()], [['g1', { ...item, outcome: 'inserted', attempts: 2, documentId: 'doc_x', errorCode: null }]]);
    assert.equal((await db.store.getFeedItems('https://other.example/', ['g1'])).size, 0);
  });

  it('stores a near duplicate once more, its matching reports joining the earlier events', async () => {
    const expel = makeReport('r0_10', { date: '2026-02-02', count: 2 });
    const summon = makeReport('r50_60', { type: 'summon', actor: 'FRA', target: 'GBR', start: 50 });
    assert.equal(await db.store.hasDocument(original.id, original.contentHash), false);
    assert.equal(await db.store.saveDocument(original, { events: [expel, summon], claims: [] }), 'inserted');
    assert.equal(await db.store.hasDocument(original.id, original.contentHash), true);
    assert.equal(await db.store.hasDocument(original.id, copy.contentHash), false, 'same id, other text: not stored');
    const copyExpel = makeReport('r9_19', { date: '2026-02-02', count: 2, start: 9, retaliatesFor: 'r80_90' });
    const extra = makeReport('r80_90', { type: 'recall', actor: 'RUS', start: 80 });
    assert.equal(await db.store.saveDocument(copy, { events: [copyExpel, extra], claims: [] }), 'near_duplicate');
    assert.equal(await db.store.nearDuplicateOf(copy.id), original.id);
    assert.equal(await db.store.nearDuplicateOf(original.id), null);
    const joined = await db.store.getEvent(eventId(original.id, expel.key));
    assert.deepEqual(joined?.reports.map((r) => r.documentId).sort(), [original.id, copy.id]);
    assert.equal(await db.store.getEvent(eventId(copy.id, copyExpel.key)), null, 'no second event for the same act');
    assert.equal((await db.store.getEvent(eventId(copy.id, extra.key)))?.reports.length, 1, 'an act only the copy reports keeps its own event');
    assert.deepEqual(await db.store.stats(), { documents: 2, events: 3, reports: 4, claims: 0 });
    assert.equal(await db.store.saveDocument(copy, { events: [copyExpel, extra], claims: [] }), 'duplicate');
  });

  it('does not merge different stories or disagreeing acts', async () => {
    const expel = makeReport('r0_10', { count: 2 });
    await db.store.saveDocument(original, { events: [expel], claims: [] });
    assert.equal(await db.store.saveDocument(other, { events: [makeReport('r0_10', { count: 2 })], claims: [] }), 'inserted');
    assert.equal(await db.store.nearDuplicateOf(other.id), null);
    const disagreeing = makeReport('r0_10', { count: 5 });
    assert.equal(await db.store.saveDocument(copy, { events: [disagreeing], claims: [] }), 'near_duplicate');
    assert.equal((await db.store.getEvent(eventId(copy.id, disagreeing.key)))?.reports.length, 1, 'another count is another act');
    assert.equal((await db.store.stats()).events, 3);
  });
}
