import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAppError } from './errors.ts';
import { createMemoryStore } from './memory-store.test-helpers.ts';
import { clearReview, effectiveFields, reviewEvent, reviewsFor } from './review.usecase.ts';
import { makeDocument, makeReport } from '../storage/store.fixtures.test-helpers.ts';
import type { StoredEvent } from '../storage/store.ts';

async function seeded() {
  const store = createMemoryStore();
  await store.saveDocument(makeDocument('doc_aaaaaaaaaaaaaaaa', 'A.'), { events: [makeReport('r0_1'), makeReport('r9_1', { actor: 'RUS', target: 'GBR' })], claims: [] });
  const [first, second] = await store.listEvents();
  return { store, first: first!, second: second! };
}

test('a correction keeps extracted values apart and validates its fields', async () => {
  const { store, first, second } = await seeded();
  const review = await reviewEvent({ store, id: first.id, input: { status: 'corrected', fields: { count: 4, actor: 'gbr', retaliates_for: second.id } }, now: new Date(0) });
  assert.deepEqual(review.fields, { count: 4, actor: 'GBR', retaliatesFor: second.id });
  assert.equal(review.reportId, first.reports[0]!.id);
  const eff = effectiveFields(first, review);
  assert.deepEqual([eff.count, eff.retaliatesFor, first.count], [4, second.id, 1]);
  for (const input of [{ status: 'corrected' }, { status: 'corrected', fields: { retaliates_for: first.id } }, { status: 'ok' },
    { status: 'corrected', fields: { date: '2026-02-30x' } }, { status: 'confirmed', extra: 1 }]) {
    await assert.rejects(reviewEvent({ store, id: first.id, input }), (e) => isAppError(e) && e.code === 'request.invalid', JSON.stringify(input));
  }
  await assert.rejects(reviewEvent({ store, id: 'evt_0000000000000000', input: { status: 'confirmed' } }), (e) => isAppError(e) && e.code === 'events.not_found');
  await clearReview({ store, id: first.id });
  await assert.rejects(clearReview({ store, id: first.id }), (e) => isAppError(e) && e.code === 'events.not_found');
});

test('a review follows its anchor report when merging gives the act a new event id', async () => {
  const { store, first } = await seeded();
  await reviewEvent({ store, id: first.id, input: { status: 'rejected' } });
  const merged: StoredEvent = { ...first, id: 'evt_ffffffffffffffff', reports: [{ ...first.reports[0]!, id: 'rep_other' }, first.reports[0]!] };
  const found = await reviewsFor(store, [merged]);
  assert.equal(found.get('evt_ffffffffffffffff')?.status, 'rejected');
  assert.equal(found.get('evt_ffffffffffffffff')?.eventId, 'evt_ffffffffffffffff');
});
