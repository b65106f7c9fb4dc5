import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { composeText, contentHash, documentId, finishDocument } from './identity.ts';

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

test('the id comes from the URL when there is one, so edited text keeps its id', () => {
  const url = 'https://wire-desk.test/2025/01/01/a';
  assert.equal(documentId(url, 'one text'), `doc_${sha(url).slice(0, 16)}`);
  assert.equal(documentId(url, 'one text'), documentId(url, 'another text'));
});

test('without a URL the id comes from the text', () => {
  assert.equal(documentId(null, 'some text'), `doc_${sha('some text').slice(0, 16)}`);
  assert.notEqual(documentId(null, 'some text'), documentId(null, 'other text'));
  assert.equal(documentId('  ', 'some text'), documentId(null, 'some text'));
});

test('ids have the doc_ + 16 hex shape and the content hash is the full sha256 of the text', () => {
  assert.match(documentId(null, 'x'), /^doc_[0-9a-f]{16}$/);
  assert.equal(contentHash('x'), sha('x'));
});

test('text is title, blank line, body; a missing title or body leaves no stray blank lines', () => {
  assert.equal(composeText('Title', 'Body.'), 'Title\n\nBody.');
  assert.equal(composeText('', 'Body.'), 'Body.');
  assert.equal(composeText('Title', ''), 'Title');
});

test('finishDocument hashes the final text, title included', () => {
  const doc = finishDocument({ url: null, title: 'T', published: null, body: 'B', outlet: null, format: 'text', origin: 'o' });
  assert.equal(doc.text, 'T\n\nB');
  assert.equal(doc.contentHash, sha('T\n\nB'));
  assert.equal(doc.id, `doc_${sha('T\n\nB').slice(0, 16)}`);
});
