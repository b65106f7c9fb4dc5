import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentId } from './identity.ts';
import { documentOf, errorCodeOf, fixture } from './fixtures.test-helpers.ts';
import { readJsonlDocuments, readJsonlLine } from './jsonl.reader.ts';

test('a bad line is an error for that line only; the others are read', () => {
  const results = readJsonlDocuments(fixture('jsonl/articles.jsonl'), 'articles.jsonl');
  assert.deepEqual(results.map((r) => r.origin), [1, 2, 3, 4, 6, 7].map((n) => `articles.jsonl:${n}`), 'blank line 5 is skipped');
  assert.deepEqual(results.map(errorCodeOf), [null, null, 'input.parse', 'input.parse', 'input.parse', null]);
  const first = documentOf(results[0]);
  assert.equal(first.title, 'Envoy Recalled for Consultations');
  assert.equal(first.published, '2025-09-10');
  assert.equal(first.outlet, 'Wire Desk');
  assert.equal(first.format, 'jsonl');
  assert.equal(first.id, documentId('https://wire-desk.test/2025/09/10/envoy-recalled', first.text));
  assert.equal(first.text, 'Envoy Recalled for Consultations\n\nThe government recalled its envoy for consultations on Wednesday after a dispute over a border crossing.\n\nOfficials said the envoy would stay home until the talks resume.');
});

test('a datetime becomes a date; a text that already starts with its title does not repeat it', () => {
  const second = documentOf(readJsonlDocuments(fixture('jsonl/articles.jsonl'), 'a.jsonl')[1]);
  assert.equal(second.published, '2025-09-11');
  assert.ok(second.text.startsWith('Talks Set for Next Week\n\nNegotiators from both sides'));
});

test('error messages say what is wrong with the line', () => {
  const results = readJsonlDocuments(fixture('jsonl/articles.jsonl'), 'a.jsonl');
  const messages = results.flatMap((r) => ('error' in r ? [r.error.message] : []));
  assert.match(messages[0] ?? '', /not valid JSON/);
  assert.match(messages[1] ?? '', /"text" is missing/);
  assert.match(messages[2] ?? '', /"published" is not an ISO date.*13\/09\/2025/);
});

test('without a url the id is the hash of the text', () => {
  const last = documentOf(readJsonlDocuments(fixture('jsonl/articles.jsonl'), 'a.jsonl')[5]);
  assert.equal(last.url, null);
  assert.equal(last.id, documentId(null, last.text));
});

test('must fail: arrays, numbers for strings, non-object JSON', () => {
  for (const line of ['[1,2]', '"text"', 'null', '{"text": 5}', '{"text": "x", "url": 7}', '{"text": "x", "title": ["a"]}']) {
    const result = readJsonlLine(line, 'l');
    assert.ok('error' in result, line);
    assert.equal(result.error.code, 'input.parse');
  }
});

test('markdown links in JSONL text read as their text', () => {
  const result = readJsonlLine('{"title": "T", "text": "Officials [revoked](#) the accreditation."}', 'l');
  assert.ok(!('error' in result));
  assert.equal(result.text, 'T\n\nOfficials revoked the accreditation.');
});
