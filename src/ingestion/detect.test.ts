import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectFormat, sniffFormat } from './detect.ts';

test('the extension decides when it is known, whatever the content', () => {
  assert.equal(detectFormat('a/b.TXT', '<html>'), 'text');
  assert.equal(detectFormat('x.md', ''), 'text');
  assert.equal(detectFormat('x.htm', 'plain'), 'html');
  assert.equal(detectFormat('x.jsonl', ''), 'jsonl');
});

test('unknown extensions and stdin are sniffed', () => {
  assert.equal(detectFormat('page.php', '\n  <!DOCTYPE html><html><body>'), 'html');
  assert.equal(detectFormat(null, '{"text": "a"}\n{"text": "b"}'), 'jsonl');
  assert.equal(detectFormat('feed.xml', '<?xml version="1.0"?><rss version="2.0">'), 'feed');
  assert.equal(detectFormat('notes', 'Title\n\nBody'), 'text');
});

test('must fail: pretty-printed JSON and unknown XML are not guessed', () => {
  assert.equal(sniffFormat('{\n  "events": []\n}'), null);
  assert.equal(sniffFormat('<?xml version="1.0"?><svg></svg>'), null);
});
