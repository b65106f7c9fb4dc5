// Feeds read from files: detected by content (.xml, no extension) as well as by .rss/.atom; each item a document.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseFeedEntries } from './feed.reader.ts';
import { readInput } from './read-input.ts';
import type { ReadResult } from './types.ts';
import { generatedArticle } from './generated-articles.test-helpers.ts';

const TMP = mkdtempSync(join(tmpdir(), 'riposte-feed-'));

function rss(items: number[], full: boolean): string {
  const entries = items.map((i) => {
    const a = generatedArticle(i);
    const body = full ? `<content:encoded><![CDATA[${a.paragraphs.map((p) => `<p>${p}</p>`).join('')}]]></content:encoded>` : '';
    return `<item><title>${a.title}</title><link>https://wire.example/${i}</link><pubDate>Mon, 02 Feb 2026 23:30:00 GMT</pubDate>` +
      `<description>${a.paragraphs[0]}</description>${body}</item>`;
  }).join('');
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>${entries}</channel></rss>`;
}

async function read(name: string, text: string): Promise<ReadResult[]> {
  const path = join(TMP, name);
  writeFileSync(path, text);
  const out: ReadResult[] = [];
  for await (const r of readInput(path)) out.push(r);
  return out;
}

test('a feed file is detected by its content whatever its extension, and each item is a document', async () => {
  for (const name of ['wire.xml', 'wire.rss', 'wire-no-extension', 'wire.atom']) {
    const results = await read(name, rss([11, 12], true));
    assert.equal(results.length, 2, name);
    const [first] = results;
    assert.ok(first && 'document' in first, JSON.stringify(first));
    assert.equal(first.document.format, 'feed');
    assert.equal(first.document.url, 'https://wire.example/11');
    assert.equal(first.document.title, generatedArticle(11).title);
    assert.equal(first.document.published, '2026-02-02');
    assert.equal(first.document.outlet, 'Wire');
    assert.ok(first.document.text.includes(generatedArticle(11).paragraphs[2]!));
  }
});

test('items are full or summaries; keys are guid, then link, then a content hash', () => {
  const parsed = parseFeedEntries(rss([1], false).replace('<item><title>', '<item><guid>g-1</guid><title>'));
  assert.ok(!('error' in parsed));
  assert.equal(parsed.entries[0]?.full, false);
  assert.equal(parsed.entries[0]?.key, 'g-1');
  const noLink = parseFeedEntries('<rss version="2.0"><channel><item><title>T</title><description>Body text.</description></item></channel></rss>');
  assert.ok(!('error' in noLink) && /^sha256:/.test(noLink.entries[0]!.key));
  const full = parseFeedEntries(rss([1], true));
  assert.ok(!('error' in full) && full.entries[0]?.full && full.entries[0].key === 'https://wire.example/1');
});

test('a malformed feed file is feed.parse; an empty one input.empty', async () => {
  const [broken] = await read('broken.rss', '<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</title></item></chan');
  assert.equal(broken && 'error' in broken && broken.error.code, 'feed.parse');
  const [empty] = await read('empty.atom', '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>None</title></feed>');
  assert.equal(empty && 'error' in empty && empty.error.code, 'input.empty');
});
