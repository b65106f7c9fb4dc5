import { test } from 'node:test';
import assert from 'node:assert/strict';
import { highlightSentence, placeSpans } from './highlight.ts';
import { makeReport } from '../../storage/store.fixtures.test-helpers.ts';

// Offsets are into the document: this sentence starts at 100.
const SENTENCE = 'The British government expelled a Russian diplomat on Monday.';
const report = makeReport('r100_123', {
  sentence: SENTENCE, start: 100, end: 100 + SENTENCE.length,
  spans: {
    trigger: { start: 123, end: 131, text: 'expelled', rule: 'expel.verb' },
    actor: { start: 104, end: 122, text: 'British government', rule: 'actor.subject' },
    count: { start: 132, end: 150, text: 'a Russian diplomat', rule: 'count.singular-noun' },
    target: { start: 134, end: 150, text: 'Russian diplomat', rule: 'target.object' },
    date: { start: 151, end: 160, text: 'on Monday', rule: 'date.weekday' },
    speaker: { start: 10, end: 20, text: 'elsewhere.', rule: 'actor.speaker' },
  },
});

test('brackets mark each field; the more important of two overlapping spans wins; spans outside are left out', () => {
  assert.equal(highlightSentence(report, 'brackets'),
    'The [actor: British government] [trigger: expelled] a [target: Russian diplomat] [date: on Monday].');
  assert.deepEqual(placeSpans(report).map((p) => p.field), ['actor', 'trigger', 'target', 'date']);
});

test('ANSI colours wrap the same spans and reset after each', () => {
  const out = highlightSentence(report, 'ansi');
  assert.ok(out.includes('\x1b[1;31mexpelled\x1b[0m'));
  assert.ok(out.includes('\x1b[1;32mBritish government\x1b[0m'));
  assert.equal(out.replace(/\x1b\[[0-9;]*m/g, ''), SENTENCE);
});
