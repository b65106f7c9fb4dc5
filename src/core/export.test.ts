import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportEvents } from './export.ts';
import { csvField, toCameo, toCsv, toJsonl, toPlover, CSV_COLUMNS } from './export.formats.ts';
import { createMemoryStore } from './memory-store.test-helpers.ts';
import { makeDocument, makeReport } from '../storage/store.fixtures.test-helpers.ts';
import type { Store, StoredEvent } from '../storage/store.ts';
import { isAppError } from './errors.ts';

const TRICKY = 'He said "no, never",\nthen left.';

async function sampleEvents(): Promise<{ store: Store; answer: StoredEvent; first: StoredEvent }> {
  const store = createMemoryStore();
  const doc = makeDocument('doc_aaaaaaaaaaaaaaaa', 'text', { url: 'https://news.example/a?x=1\tb' });
  const first = makeReport('r70_77', { actor: 'RUS', target: 'GBR', date: '2026-01', dateGranularity: 'month', sentence: TRICKY });
  const answer = makeReport('r0_23', {
    retaliatesFor: 'r70_77', link: { kind: 'explicit', cue: 'in retaliation for', confidence: 0.95 },
    code: { cameo: '161', goldstein: -4, plover: { type: 'SANCTION', mode: 'expel', context: ['diplomatic'] } },
  });
  await store.saveDocument(doc, { events: [answer, first], claims: [] });
  const events = await store.listEvents();
  return { store, answer: events.find((e) => e.actor === 'GBR')!, first: events.find((e) => e.actor === 'RUS')! };
}

test('jsonl is the formats.md event object with reports, retaliates_for and link', async () => {
  const { answer, first } = await sampleEvents();
  const record = JSON.parse(toJsonl(answer));
  for (const key of ['id', 'type', 'actor', 'target', 'actor_text', 'target_text', 'actor_sector', 'date', 'date_granularity',
    'deadline', 'count', 'count_qualifier', 'modality', 'background', 'retaliates_for', 'link', 'cameo', 'goldstein', 'plover', 'reports']) {
    assert.ok(key in record, key);
  }
  assert.equal(record.retaliates_for, first.id);
  assert.deepEqual(record.link, { kind: 'explicit', cue: 'in retaliation for', confidence: 0.95 });
  assert.deepEqual(Object.keys(record.reports[0]), ['document', 'url', 'title', 'published', 'sentence', 'start', 'end', 'rules']);
  assert.equal(record.reports[0].document, 'doc_aaaaaaaaaaaaaaaa');
});

test('csv quotes per RFC 4180 and flattens the first report plus report_count', async () => {
  const { first, answer } = await sampleEvents();
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField(TRICKY), '"He said ""no, never"",\nthen left."');
  assert.equal(csvField(null), '');
  const row = toCsv(first);
  assert.ok(row.includes('"He said ""no, never"",\nthen left."'));
  assert.ok(row.endsWith(',1,,,'), 'report_count, then no correction');
  const cells = toCsv(answer).split(',');
  assert.equal(cells.length, CSV_COLUMNS.length);
  assert.equal(cells[CSV_COLUMNS.indexOf('retaliates_for')], first.id);
  assert.equal(cells[CSV_COLUMNS.indexOf('link_cue')], 'in retaliation for');
  assert.equal(cells[CSV_COLUMNS.indexOf('goldstein')], '-4.0');
});

test('plover and cameo records', async () => {
  const { answer } = await sampleEvents();
  const plover = JSON.parse(toPlover(answer));
  assert.deepEqual(plover.source, [{ actorText: 'The British government', code: 'GBR', sector: 'GOV' }]);
  assert.deepEqual(plover.target, [{ actorText: 'a Russian diplomat', code: 'RUS', sector: 'DIP' }]);
  assert.deepEqual([plover.event, plover.mode, plover.context, plover.date], ['SANCTION', 'expel', ['diplomatic'], '2026-02-02']);
  assert.equal(plover.text, answer.reports[0]!.report.sentence);
  assert.equal(toCameo(answer), '2026-02-02\tGBR\tRUS\t161\t-4.0\thttps://news.example/a?x=1 b');
});

test('exportEvents streams page by page, CSV header first with CRLF rows', async () => {
  const { store } = await sampleEvents();
  const offsets: number[] = [];
  const spy: Store = { ...store, listEvents: (filter) => { offsets.push(filter?.offset ?? 0); return store.listEvents(filter); } };
  const chunks: string[] = [];
  for await (const chunk of exportEvents({ store: spy, format: 'csv', pageSize: 1 })) chunks.push(chunk);
  assert.deepEqual(offsets, [0, 1, 2]);
  assert.equal(chunks[0], `${CSV_COLUMNS.join(',')}\r\n`);
  assert.equal(chunks.length, 3);
  assert.ok(chunks.every((chunk) => chunk.endsWith('\r\n')));
});

test('an unknown format is a usage error', async () => {
  const { store } = await sampleEvents();
  await assert.rejects(exportEvents({ store, format: 'xml' }).next(), (err) => isAppError(err) && err.code === 'usage.invalid');
});

test('a review is exported as a correction object beside the extracted values', async () => {
  const { store, answer } = await sampleEvents();
  await store.saveReview({ eventId: answer.id, reportId: answer.reports[0]!.id, status: 'corrected', fields: { count: 3, retaliatesFor: null }, note: 'n', reviewedAt: '2026-02-03T00:00:00.000Z' });
  const lines: string[] = [];
  for await (const chunk of exportEvents({ store, format: 'jsonl' })) lines.push(...chunk.trim().split('\n'));
  const records = lines.map((line) => JSON.parse(line));
  const corrected = records.find((r) => r.id === answer.id);
  assert.equal(corrected.count, 1, 'extracted value kept');
  assert.deepEqual(corrected.correction, { status: 'corrected', fields: { count: 3, retaliates_for: null }, note: 'n', reviewed_at: '2026-02-03T00:00:00.000Z' });
  assert.ok(records.filter((r) => r.id !== answer.id).every((r) => r.correction === null));
});
