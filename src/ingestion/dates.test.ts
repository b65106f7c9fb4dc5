import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDateLine, parseDateValue, parseIsoDate } from './dates.ts';

const LINES: [string, string | null][] = [
  ['February 02, 2026', '2026-02-02'],
  ['2026-02-02', '2026-02-02'],
  ['2 February 2026', '2026-02-02'],
  ['Feb. 2, 2026', '2026-02-02'],
  ['Sept. 30, 2025', '2025-09-30'],
  ['Monday, February 2, 2026', '2026-02-02'],
  ['2nd of February 2026', '2026-02-02'],
  ['Published: 2026-02-02 10:30', '2026-02-02'],
  ['February 2, 2026 10:30 AM EST', '2026-02-02'],
  // must not be dates
  ['Feb 30, 2026', null],
  ['The talks began on February 2, 2026', null],
  ['February 2, 2026 was a Monday', null],
  ['2026', null],
  ['Maxim Shipenkov / EPA / TASS', null],
];

for (const [line, expected] of LINES) {
  test(`date line ${JSON.stringify(line)} -> ${expected}`, () => assert.equal(parseDateLine(line), expected));
}

test('metadata values keep the calendar day as written, not shifted to UTC', () => {
  assert.equal(parseDateValue('2026-02-02T23:30:00-05:00'), '2026-02-02');
  assert.equal(parseDateValue('Mon, 02 Feb 2026 10:00:00 GMT'), '2026-02-02');
  assert.equal(parseDateValue('20260202'), '2026-02-02');
  assert.equal(parseDateValue('yesterday'), null);
});

test('JSONL dates must be ISO: a day-first date is rejected, not guessed', () => {
  assert.equal(parseIsoDate('2026-02-02'), '2026-02-02');
  assert.equal(parseIsoDate('2026-02-02T08:15:00Z'), '2026-02-02');
  assert.equal(parseIsoDate('2026-02-02T08:15:00.123+03:00'), '2026-02-02');
  assert.equal(parseIsoDate('02/02/2026'), null);
  assert.equal(parseIsoDate('2026-13-01'), null);
  assert.equal(parseIsoDate('2026-02-02 and more'), null);
});
