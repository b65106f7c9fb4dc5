import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import { collect, documentOf, errorCodeOf, FIXTURES } from './fixtures.test-helpers.ts';
import { readInput, readInputs, type SourceKind } from './read-input.ts';

const TMP = mkdtempSync(join(tmpdir(), 'riposte-ingest-'));
after(() => rmSync(TMP, { recursive: true, force: true }));

const ARTICLE = 'Envoy Recalled\n\n2025-09-10\n\nThe government recalled its envoy on Wednesday after a dispute over a border crossing, officials said.\n';

function tmpFile(name: string, content: string | Uint8Array): string {
  const path = join(TMP, name);
  writeFileSync(path, content);
  return path;
}

async function only(target: string, options = {}) {
  const results = await collect(readInput(target, options));
  assert.equal(results.length, 1, JSON.stringify(results));
  return results[0];
}

test('a folder is walked recursively in sorted order; hidden and gold files are skipped', async () => {
  const results = await collect(readInput(join(FIXTURES, 'tree')));
  const rel = results.map((r) => r.origin.slice(FIXTURES.length));
  assert.deepEqual(rel, ['tree/01-top.txt', 'tree/05-plain.dat', 'tree/nested/02-inner.html', 'tree/nested/deeper/03-deep.jsonl:1']);
  const docs = results.map(documentOf);
  assert.deepEqual(docs.map((d) => d.format), ['text', 'text', 'html', 'jsonl']);
  assert.deepEqual(docs.map((d) => d.published), ['2025-04-01', '2025-04-05', '2025-04-02', '2025-04-03']);
  assert.equal(docs[2]?.title, 'Envoy Presents Credentials');
  // the same walk twice gives the same ids in the same order
  const again = (await collect(readInput(join(FIXTURES, 'tree')))).map((r) => documentOf(r).id);
  assert.deepEqual(again, docs.map((d) => d.id));
});

test('stdin (`-`) is sniffed: plain text and JSON Lines', async () => {
  const text = await only('-', { stdin: Readable.from([Buffer.from(ARTICLE)]) });
  assert.equal(text?.origin, 'stdin');
  assert.equal(documentOf(text).title, 'Envoy Recalled');
  const lines = await collect(readInput('-', { stdin: Readable.from(['{"title":"A","text":"Talks opened on Monday."}\n{"text":\n']) }));
  assert.deepEqual(lines.map((r) => [r.origin, errorCodeOf(r)]), [['stdin:1', null], ['stdin:2', 'input.parse']]);
});

test('a latin-1 (windows-1252) file is decoded, not rejected', async () => {
  const bytes = Buffer.from(ARTICLE.replace('officials said', 'the caf\u00e9 owner said'), 'latin1');
  const doc = documentOf(await only(tmpFile('latin1.txt', bytes)));
  assert.match(doc.text, /the café owner said/);
});

test('error codes, one per kind of bad input', async () => {
  const cases: [string, string, object?][] = [
    [join(TMP, 'missing.txt'), 'input.not_found'],
    [tmpFile('empty.txt', ''), 'input.empty'],
    [tmpFile('blank.md', '\n   \n\t\n'), 'input.empty'],
    [tmpFile('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), 'input.binary'],
    [tmpFile('renamed.txt', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02])), 'input.binary'],
    [tmpFile('small-limit.txt', ARTICLE), 'input.too_large', { maxBytes: 50 }],
    [tmpFile('cp1251.txt', Buffer.from([0xcc, 0xc8, 0xc4, 0x20, 0xee, 0xe1, 0xfa, 0xff, 0xe2, 0xe8, 0xeb, 0xe8])), 'input.encoding'],
    [join(FIXTURES, 'text/french.txt'), 'input.not_english'],
    [join(FIXTURES, 'text/russian.txt'), 'input.not_english'],
    [join(FIXTURES, 'html/shell.html'), 'input.no_text'],
    [tmpFile('title-only.txt', 'Only a Title\n\n2025-01-01\n'), 'input.no_text'],
    [tmpFile('feed.rss', '<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>'), 'input.empty'],
    [tmpFile('broken-feed.xml', '<?xml version="1.0"?><rss version="2.0"><channel><item>'), 'input.no_text'],
    [tmpFile('pretty.json', '{\n  "a": 1\n}\n'), 'input.unsupported'],
    ['file:///etc/passwd', 'fetch.scheme'],
    ['data:text/plain,Russia%20expels', 'fetch.scheme'],
    [mkdtempSync(join(TMP, 'empty-folder-')), 'input.empty'],
  ];
  for (const [target, code, options] of cases) {
    const result = await only(target, options);
    assert.equal(errorCodeOf(result), code, `${target}: ${JSON.stringify(result)}`);
    assert.ok('error' in result! && result.error.message.length > 5, 'the message explains the failure');
  }
});

test('the language check can be turned off', async () => {
  const doc = documentOf(await only(join(FIXTURES, 'text/french.txt'), { checkLanguage: false }));
  assert.equal(doc.title, 'Le gouvernement expulse deux diplomates');
});

test('a file over the default 20 MB limit is refused from its size alone', async () => {
  const path = tmpFile('huge.txt', '');
  truncateSync(path, 21 * 1024 * 1024); // sparse: nothing is written, and nothing should be read
  const result = await only(path);
  assert.equal(errorCodeOf(result), 'input.too_large');
  assert.ok('error' in result! && /21\.0 MB/.test(result.error.message));
});

test('JSONL is streamed: the size limit applies per line, and each line decodes on its own', async () => {
  const good = '{"title":"Talks","text":"Negotiators met on Tuesday and agreed to meet again."}';
  const long = `{"title":"Long","text":"${'word '.repeat(100)}"}`;
  const latin1Line = Buffer.from('{"title":"Caf\u00e9","text":"A caf\u00e9 owner saw the envoy leave."}', 'latin1');
  const path = tmpFile('mixed.jsonl', Buffer.concat([Buffer.from(`${good}\n${long}\r\n\n`), latin1Line, Buffer.from(`\n${good}`)]));
  const results = await collect(readInput(path, { maxBytes: 200 }));
  assert.deepEqual(results.map((r) => [r.origin.slice(TMP.length + 1), errorCodeOf(r)]), [
    ['mixed.jsonl:1', null], ['mixed.jsonl:2', 'input.too_large'], ['mixed.jsonl:4', null], ['mixed.jsonl:5', null],
  ]);
  assert.equal(documentOf(results[2]).title, 'Café');
});

test('must fail: stdin over the limit or empty', async () => {
  assert.equal(errorCodeOf(await only('-', { stdin: Readable.from([Buffer.alloc(30, 0x61), Buffer.alloc(30, 0x61)]), maxBytes: 40 })), 'input.too_large');
  assert.equal(errorCodeOf(await only('-', { stdin: Readable.from([]) })), 'input.empty');
});

test('failures never stop the batch: good documents around bad ones are all read', async () => {
  const dir = mkdtempSync(join(TMP, 'batch-'));
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  writeFileSync(join(dir, 'b.bin'), Buffer.from([0, 1, 2, 3]));
  writeFileSync(join(dir, 'c.txt'), '');
  writeFileSync(join(dir, 'd.md'), ARTICLE.replace('Envoy Recalled', 'Envoy Returns'));
  const results = await collect(readInputs([dir, join(dir, 'nope')]));
  assert.deepEqual(results.map(errorCodeOf), [null, 'input.binary', 'input.empty', null, 'input.not_found']);
});

test('sources are pluggable: a new kind of input is one function placed before the path source', async () => {
  const fake: SourceKind = {
    name: 'fake',
    accepts: (target) => target.startsWith('fake:'),
    read: async function* (target) {
      yield { origin: target, error: { code: 'input.unsupported', message: 'fake source' } };
    },
  };
  const result = await only('fake:1', { sources: [fake] });
  assert.equal(errorCodeOf(result), 'input.unsupported');
});
