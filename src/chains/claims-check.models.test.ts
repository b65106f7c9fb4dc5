import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeClaim, makeReport } from '../storage/store.fixtures.test-helpers.ts';
import type { StoredClaim, StoredEvent } from '../storage/store.ts';
import { checkClaim } from './claims-check.models.ts';

function claim(fields: Partial<StoredClaim> = {}): StoredClaim {
  return { ...makeClaim('c1'), id: 'clm_1', documentId: 'doc_1', url: null, ...fields };
}

function event(id: string, date: string, count: number | null, fields: Partial<StoredEvent> = {}): StoredEvent {
  const { key: _k, sentence: _s, start: _a, end: _b, rules: _r, spans: _p, retaliatesFor: _f, ...rest } = makeReport(id, {
    actor: 'RUS', target: 'GBR', date, dateGranularity: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year', count,
  });
  return { ...rest, id, retaliatesFor: null, reports: [], ...fields };
}

const ledger = [
  event('e2023', '2023-11-02', 5), // before the period
  event('e1', '2024-05', 1),
  event('e2', '2025-03-10', 6),
  event('e3', '2026-01', null), // no number: counts as one person
  event('e4', '2025-06-01', 10, { modality: 'planned' }), // not an act that happened
];

test('"at least eight since 2024" is consistent when the ledger counts 8 or more people in the period', () => {
  const check = checkClaim(claim({ count: 8 }), ledger);
  assert.deepEqual([check.verdict, check.ledgerCount, check.unit], ['consistent', 8, 'people']);
  assert.deepEqual(check.acts.map((a) => a.id), ['e1', 'e2', 'e3']);
});

test('a floor the ledger does not reach is unknown (the ledger only counts what was read), never inconsistent', () => {
  const check = checkClaim(claim(), ledger);
  assert.deepEqual([check.verdict, check.ledgerCount], ['unknown', 8]);
  assert.match(check.reason, /claim at least 9, ledger 8 people in 3 act\(s\) in 2024\.\.2026-02-02/);
});

test('a ceiling or an exact number the ledger exceeds is inconsistent; nothing on record is unknown', () => {
  assert.equal(checkClaim(claim({ count: 5, countQualifier: 'exact' }), ledger).verdict, 'inconsistent');
  assert.equal(checkClaim(claim({ count: 8, countQualifier: 'exact' }), ledger).verdict, 'consistent');
  assert.equal(checkClaim(claim({ count: 7, countQualifier: 'up_to' }), ledger).verdict, 'inconsistent');
  assert.equal(checkClaim(claim({ count: 9, countQualifier: 'about' }), ledger).verdict, 'consistent');
  const none = checkClaim(claim({ actor: 'GBR', target: 'RUS' }), ledger);
  assert.deepEqual([none.verdict, none.ledgerCount, none.acts], ['unknown', null, []]);
});

test('types without people count acts', () => {
  const closures = [event('c1', '2024-02-01', null, { type: 'close_mission' }), event('c2', '2025-02-01', null, { type: 'close_mission' })];
  const check = checkClaim(claim({ type: 'close_mission', count: 2, countQualifier: 'exact' }), closures);
  assert.deepEqual([check.verdict, check.ledgerCount, check.unit], ['consistent', 2, 'acts']);
});
