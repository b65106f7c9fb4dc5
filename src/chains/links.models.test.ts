import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkEvents } from './links.models.ts';
import { mergeReports } from './merge.models.ts';
import { rep } from './chains.test-helpers.ts';
import type { DyadReport } from './chains.models.ts';

function link(reports: DyadReport[]) {
  const plans = linkEvents(mergeReports(reports), reports);
  const byReport = (id: string) => plans.find((p) => p.reportIds.includes(`rep_${id.padEnd(16, '0')}`))!;
  return { plans, byReport };
}

const cue = { kind: 'explicit' as const, cue: 'in retaliation for', confidence: 0.95 };

test('a within-document link is carried over to the merged events', () => {
  const { byReport } = link([
    rep('a1', 'doc_a', { key: 'r1', actor: 'RUS', target: 'GBR', date: '2026-01', dateGranularity: 'month' }),
    rep('a2', 'doc_a', { key: 'r2', retaliatesFor: 'r1', link: cue }),
    rep('b1', 'doc_b', { key: 'r9', actor: 'RUS', target: 'GBR', date: '2026-01-20' }),
  ]);
  assert.equal(byReport('a2').event.retaliatesFor, byReport('a1').event.id);
  assert.deepEqual(byReport('a2').event.link, cue);
  assert.equal(byReport('a1').event.id, byReport('b1').event.id); // merged across documents
});

test('a reference act folds into the direct report of another document (reverse direction, date window)', () => {
  const { plans, byReport } = link([
    // doc_b: "Russia expelled a British diplomat" (direct, 14 Jan)
    rep('b1', 'doc_b', { key: 'r1', actor: 'RUS', target: 'GBR', date: '2026-01-14' }),
    // doc_a: the UK answer; its reference act carries no date and a related type
    rep('a1', 'doc_a', { key: 'r5', retaliatesFor: 'r5.ref', link: cue, date: '2026-02-02' }),
    rep('a2', 'doc_a', { key: 'r5.ref', actor: 'RUS', target: 'GBR', type: 'reduce_staff', date: null, dateGranularity: null, fromReference: true }),
  ]);
  assert.equal(plans.length, 2);
  assert.equal(byReport('a1').event.retaliatesFor, byReport('b1').event.id);
  assert.equal(byReport('a2').event.id, byReport('b1').event.id);
  assert.equal(byReport('b1').event.type, 'expel');
});

test('an answered act dated only by its answer\'s year is placed by the window, not by any act of that year', () => {
  const byAnswerYear = { date: '2026', dateGranularity: 'year' as const,
    spans: { date: { start: 0, end: 9, text: 'on Monday', rule: 'date.answer-year' } } };
  const { byReport } = link([
    rep('b1', 'doc_b', { key: 'r1', actor: 'RUS', target: 'GBR', date: '2026-05-20' }), // told on its day, weeks before
    rep('c1', 'doc_c', { key: 'r2', actor: 'RUS', target: 'GBR', date: '2026-09-01' }), // same year, after the answer
    rep('d1', 'doc_d', { key: 'r3', actor: 'RUS', target: 'GBR', date: '2026-09-01' }),
    rep('a1', 'doc_a', { key: 'r5', retaliatesFor: 'r5.ref', link: cue, date: '2026-06-08' }),
    rep('a2', 'doc_a', { key: 'r5.ref', actor: 'RUS', target: 'GBR', ...byAnswerYear }),
  ]);
  assert.equal(byReport('a1').event.retaliatesFor, byReport('b1').event.id);
  assert.equal(byReport('a2').event.id, byReport('b1').event.id);
  assert.notEqual(byReport('c1').event.id, byReport('b1').event.id);
});

test('a reference with no stored act nearby stays its own event, known only from the reference', () => {
  const { byReport } = link([
    rep('b1', 'doc_b', { key: 'r1', actor: 'RUS', target: 'GBR', date: '2025-01-14' }), // a year too early
    rep('a1', 'doc_a', { key: 'r5', retaliatesFor: 'r5.ref', link: cue }),
    rep('a2', 'doc_a', { key: 'r5.ref', actor: 'RUS', target: 'GBR', date: null, dateGranularity: null, fromReference: true }),
  ]);
  assert.equal(byReport('a1').event.retaliatesFor, byReport('a2').event.id);
  assert.equal(byReport('a2').event.fromReference, true);
});

test('implicit link: B answers A within 45 days in the same family, with a reason; explicit wins', () => {
  const { byReport } = link([
    rep('a1', 'doc_a', { actor: 'GBR', target: 'RUS', date: '2018-03-14', count: 23 }),
    rep('b1', 'doc_b', { actor: 'RUS', target: 'GBR', date: '2018-03-17', count: 23 }),
    rep('c1', 'doc_c', { actor: 'RUS', target: 'GBR', date: '2018-06-17', type: 'close_mission', count: null }), // too late
    rep('d1', 'doc_d', { actor: 'RUS', target: 'GBR', date: '2018-03-18', type: 'summon', count: null }), // other family
  ]);
  const answer = byReport('b1').event;
  assert.equal(answer.retaliatesFor, byReport('a1').event.id);
  assert.equal(answer.link?.kind, 'implicit');
  assert.equal(answer.link?.reason, 'RUS expelled 23 GBR diplomats 3 days after GBR expelled 23 RUS diplomats');
  assert.ok(answer.link!.confidence > 0.5 && answer.link!.confidence < 0.95);
  assert.equal(byReport('c1').event.retaliatesFor, null);
  assert.equal(byReport('d1').event.retaliatesFor, null);
  assert.equal(byReport('a1').event.retaliatesFor, null); // never the other way round
});

test('no implicit link between summonses and protests, nor between measures of different types', () => {
  const { byReport } = link([
    rep('a1', 'doc_a', { actor: 'FRA', target: 'DZA', date: '2025-04-10', type: 'summon', count: null }),
    rep('b1', 'doc_b', { actor: 'DZA', target: 'FRA', date: '2025-04-12', type: 'summon', count: null }),
    rep('c1', 'doc_c', { actor: 'CAN', target: 'IND', date: '2023-09-19', count: 1 }),
    rep('d1', 'doc_d', { actor: 'IND', target: 'CAN', date: '2023-10-19', type: 'recall', count: null }),
  ]);
  assert.equal(byReport('b1').event.retaliatesFor, null); // a summons the other capital answers with its own: no cue, no link
  assert.equal(byReport('d1').event.retaliatesFor, null); // a recall a month after an expulsion: a step of its own
});

test('an explicit link is not replaced by an implicit candidate', () => {
  const { byReport } = link([
    rep('a1', 'doc_a', { key: 'r1', actor: 'GBR', target: 'RUS', date: '2018-03-01' }),
    rep('a2', 'doc_a', { key: 'r2', actor: 'RUS', target: 'GBR', date: '2018-03-17', retaliatesFor: 'r1', link: cue }),
    rep('b1', 'doc_b', { actor: 'GBR', target: 'RUS', date: '2018-03-16', count: 5 }),
  ]);
  assert.equal(byReport('a2').event.retaliatesFor, byReport('a1').event.id);
  assert.equal(byReport('a2').event.link?.kind, 'explicit');
});

test('an answered act dated like its answer, known only from the answer\'s document, folds into the earlier stored act', () => {
  const { plans, byReport } = link([
    rep('b1', 'doc_b', { key: 'r1', date: '2018-03-14', count: 23 }), // GBR expels 23 (direct, its own article)
    rep('a1', 'doc_a', { key: 'r2', actor: 'RUS', target: 'GBR', date: '2018-03-17', count: 23, retaliatesFor: 'r3', link: cue }),
    rep('a2', 'doc_a', { key: 'r3', date: '2018-03-17', count: 23 }), // "Britain's expulsion of 23", dated like the answer
  ]);
  assert.equal(plans.length, 2);
  assert.equal(byReport('a1').event.retaliatesFor, byReport('b1').event.id);
  assert.equal(byReport('a2').event.id, byReport('b1').event.id);
});

test('an answer dated before the act it answers, or two acts answering each other, lose the impossible link', () => {
  const { byReport } = link([
    rep('a1', 'doc_a', { key: 'r1', actor: 'GBR', target: 'RUS', date: '2022-04-04', retaliatesFor: 'r2', link: cue }),
    rep('a2', 'doc_a', { key: 'r2', actor: 'RUS', target: 'GBR', date: '2022-04-25', retaliatesFor: 'r1', link: cue }),
  ]);
  assert.equal(byReport('a1').event.retaliatesFor, null);
  assert.equal(byReport('a2').event.retaliatesFor, byReport('a1').event.id);
});
