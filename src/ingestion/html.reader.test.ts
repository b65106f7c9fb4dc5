import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SourceDocument } from '../core/types.ts';
import { fixture } from './fixtures.test-helpers.ts';
import { readHtmlDocument } from './html.reader.ts';
import type { IngestError } from './types.ts';

function read(name: string, url?: string): SourceDocument {
  const result = readHtmlDocument(fixture(`html/${name}`), name, url);
  if ('error' in result) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result;
}

function readError(html: string): IngestError {
  const result = readHtmlDocument(html, 'inline.html');
  assert.ok('error' in result, 'expected an error, got a document');
  return result.error;
}

test('a page with metadata: title, date, canonical URL, outlet, no navigation or footer', () => {
  const doc = read('with-metadata.html', 'https://harbour-ledger.test/feed-item/123');
  assert.equal(doc.title, 'Norway Summons Envoy Over Fishing Dispute');
  assert.equal(doc.published, '2025-11-03', 'the date as the outlet wrote it, not shifted to UTC');
  assert.equal(doc.url, 'https://harbour-ledger.test/world/2025/11/04/norway-summons-envoy');
  assert.equal(doc.outlet, 'Harbour Ledger');
  assert.equal(doc.format, 'html');
  assert.doesNotMatch(doc.text, /Home|Privacy|Copyright|Sport/);
});

test('paragraphs are separated by one blank line, never glued, and the <h1> is not repeated', () => {
  const doc = read('with-metadata.html');
  const paragraphs = doc.text.split('\n\n');
  assert.equal(paragraphs[0], 'Norway Summons Envoy Over Fishing Dispute');
  assert.equal(paragraphs.length, 5);
  assert.ok(paragraphs[1]?.startsWith('Officials in Oslo called in the ambassador'));
  assert.ok(paragraphs[1]?.endsWith('waters both countries claim.'));
  assert.doesNotMatch(doc.text, /claim\.The|\n{3,}/);
});

test('a page without metadata: no title, no outlet; date from /YYYY/MM/DD/ in the URL', () => {
  const doc = read('without-metadata.html', 'https://consular-wire.test/2025/06/12/consulates-reopen');
  assert.equal(doc.title, '');
  assert.equal(doc.outlet, null);
  assert.equal(doc.published, '2025-06-12');
  assert.equal(doc.url, 'https://consular-wire.test/2025/06/12/consulates-reopen');
  assert.ok(doc.text.startsWith('The two governments agreed on Thursday'));
});

test('without metadata and without a URL the date and URL are null, not invented', () => {
  const doc = read('without-metadata.html');
  assert.equal(doc.published, null);
  assert.equal(doc.url, null);
});

test('broken markup still gives the text of every paragraph, table cells kept apart', () => {
  const doc = read('broken.html');
  assert.equal(doc.title, 'Talks Resume After Long Pause');
  assert.match(doc.text, /Negotiators returned to the table on Wednesday/);
  assert.match(doc.text, /agreed on an agenda but not on a date for a second round\./);
  assert.match(doc.text, /hardest questions had been left for later/);
  assert.match(doc.text, /Round Outcome/);
});

test('scripts and event handlers never run, and escaped markup comes out as inert text', () => {
  const before = Object.keys(globalThis).filter((key) => key.startsWith('__riposte'));
  const doc = read('hostile.html');
  const after = Object.keys(globalThis).filter((key) => key.startsWith('__riposte'));
  assert.deepEqual(after, before);
  assert.ok(doc.text.includes('the attackers inserted the text <script>alert("owned")</script> into the visa page'));
  assert.doesNotMatch(doc.text, /__riposte|document\.write|Injected paragraph|enable JavaScript/);
  assert.match(doc.text, /site was restored by midday/);
});

test('JSON-LD and <time> dates are used when meta tags are missing; bad JSON-LD is ignored', () => {
  const body = '<p>' + 'Officials met on Tuesday to discuss the border and agreed to meet again soon. '.repeat(3) + '</p>';
  const jsonLd = `<html><head><script type="application/ld+json">{broken</script>
    <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-12-31T22:00:00Z"}]}</script></head><body><article>${body}</article></body></html>`;
  const time = `<html><body><article><time datetime="2024-05-06T10:00:00Z">6 May</time>${body}</article></body></html>`;
  const fromLd = readHtmlDocument(jsonLd, 'ld.html');
  const fromTime = readHtmlDocument(time, 'time.html');
  assert.ok(!('error' in fromLd) && !('error' in fromTime));
  assert.equal(fromLd.published, '2024-12-31');
  assert.equal(fromTime.published, '2024-05-06');
});

test('a bare fragment without <html> is read too', () => {
  const result = readHtmlDocument('<p>Envoys from both states met in a neutral capital on Friday and agreed to continue.</p>', 'frag.html');
  assert.ok(!('error' in result));
  assert.equal(result.text, 'Envoys from both states met in a neutral capital on Friday and agreed to continue.');
});

test('must fail: a page with no readable text is input.no_text; empty HTML is input.empty', () => {
  const shell = readHtmlDocument(fixture('html/shell.html'), 'shell.html');
  assert.ok('error' in shell);
  assert.equal(shell.error.code, 'input.no_text');
  assert.equal(readError('<html><head><title>Only a title</title></head><body></body></html>').code, 'input.no_text');
  assert.equal(readError('   \n').code, 'input.empty');
});

test('a canonical pointing at the site root does not replace the page URL', () => {
  const html = `<html><head><link rel="canonical" href="https://site.test/"></head><body><article><p>${'A statement was issued by the ministry on Monday about the talks. '.repeat(2)}</p></article></body></html>`;
  const result = readHtmlDocument(html, 'root.html', 'https://site.test/2025/01/02/statement');
  assert.ok(!('error' in result));
  assert.equal(result.url, 'https://site.test/2025/01/02/statement');
});
