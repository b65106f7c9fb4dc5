import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterReports, mergeReports } from './merge.models.ts';
import { rep } from './chains.test-helpers.ts';

const ids = (clusters: ReturnType<typeof clusterReports>) => clusters.map((c) => c.map((r) => r.id.slice(4, 6)).sort());

test('reports of the same act in different documents merge; another date, count or modality stays apart', () => {
  const reports = [
    rep('a1', 'doc_a', { date: '2018-03-14', count: 23 }),
    rep('b1', 'doc_b', { date: '2018-03-15', count: 23 }), // day +-1
    rep('c1', 'doc_c', { date: '2018-03', dateGranularity: 'month', count: null }), // inside the day's month
    rep('d1', 'doc_d', { date: '2018-03-14', count: 4 }), // other count
    rep('e1', 'doc_e', { date: '2018-03-14', modality: 'hypothetical' }), // other modality class
    rep('f1', 'doc_f', { date: '2018-03-20' }), // other day
  ];
  assert.deepEqual(ids(clusterReports(reports)).sort(), [['a1', 'b1', 'c1'], ['d1'], ['e1'], ['f1']]);
});

test('an act announced, then reported done, is one act dated when it was done; a later announcement is not', () => {
  const reports = [
    rep('a1', 'doc_a', { date: '2018-03-15', modality: 'planned', count: null }), // "Moscow will throw out as many"
    rep('b1', 'doc_b', { date: '2018-03-17', count: 23 }), // "Russia declared 23 British diplomats persona non grata"
    rep('c1', 'doc_c', { date: '2018-03', dateGranularity: 'month', count: 23 }),
    rep('d1', 'doc_d', { date: '2018-03-19', modality: 'planned', count: null }), // announced after it was done: another act
    rep('e1', 'doc_e', { date: '2018-01-10', modality: 'planned', count: null }), // too long before: another act
  ];
  assert.deepEqual(ids(clusterReports(reports)).sort(), [['a1', 'b1', 'c1'], ['d1'], ['e1']]);
  const act = mergeReports(reports).find((m) => m.reportIds.length === 3)!.event;
  assert.deepEqual([act.modality, act.date], ['fact', '2018-03-17']);
});

test('an act dated only by its answer ("Last August ... in response to Moscow\'s order") joins a report from the weeks before', () => {
  const byAnswer = { date: '2017-08', dateGranularity: 'month' as const,
    spans: { date: { start: 0, end: 11, text: 'Last August', rule: 'date.answer-heading' } } };
  const reports = [
    rep('a1', 'doc_a', { date: '2017-07-28' }), // the order, told on its day
    rep('b1', 'doc_b', byAnswer),
    rep('c1', 'doc_c', { date: '2017-06-20' }), // more than a month before the answer's month: another act
    rep('d1', 'doc_d', { date: '2017-07-28', dateGranularity: 'day' }),
    rep('e1', 'doc_e', { date: '2017-08', dateGranularity: 'month' }), // its own month, not a bound: stays
  ];
  assert.deepEqual(ids(clusterReports(reports)).sort(), [['a1', 'b1', 'd1'], ['c1'], ['e1']]);
  const act = mergeReports(reports).find((m) => m.reportIds.length === 3)!.event;
  assert.equal(act.date, '2017-07-28');
});

test('two direct reports of one document never merge; a reference-only one does', () => {
  const reports = [
    rep('a1', 'doc_a', { date: '2026-01', dateGranularity: 'month' }),
    rep('a2', 'doc_a', { date: '2026-01', dateGranularity: 'month' }),
    rep('a3', 'doc_a', { date: '2026-01', dateGranularity: 'month', fromReference: true }),
  ];
  assert.deepEqual(ids(clusterReports(reports)), [['a1', 'a3'], ['a2']]);
});

test('the event takes the best-supported value and its id from the smallest report id, in any order', () => {
  const reports = [
    rep('c1', 'doc_c', { date: '2018-03-14', count: 23, countQualifier: 'exact' }),
    rep('a1', 'doc_a', { date: '2018-03', dateGranularity: 'month', count: 20, countQualifier: 'at_least' }),
    rep('b1', 'doc_b', { date: '2018-03-14', count: 23, countQualifier: 'exact', fromReference: true }),
  ];
  const one = mergeReports(reports);
  const two = mergeReports([...reports].reverse());
  assert.deepEqual(one, two);
  assert.equal(one.length, 1);
  const { event } = one[0]!;
  assert.equal(event.id, 'evt_a100000000000000');
  assert.deepEqual([event.date, event.dateGranularity, event.count, event.countQualifier, event.fromReference], ['2018-03-14', 'day', 23, 'exact', false]);
});

test('complete linkage: a coarse report joins the larger compatible group, never bridges two acts', () => {
  const reports = [
    rep('a1', 'doc_a', { date: '2018-03-01' }),
    rep('b1', 'doc_b', { date: '2018-03-20' }),
    rep('c1', 'doc_c', { date: '2018-03-20' }),
    rep('d1', 'doc_d', { date: '2018-03', dateGranularity: 'month' }),
  ];
  assert.deepEqual(ids(clusterReports(reports)), [['a1'], ['b1', 'c1', 'd1']]);
});
