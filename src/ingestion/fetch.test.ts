// fetchUrl and readInput on URLs against the local test server: every failure has its code, the 200 MB body is
// abandoned at the size limit, and pages and feeds become documents.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fetchUrl } from './fetch.ts';
import { readInput } from './read-input.ts';
import { startTestServer, type TestServer } from './test-server.test-helpers.ts';
import type { ReadResult } from './types.ts';
import { generatedArticle } from './generated-articles.test-helpers.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
  server.slowMs = 3000;
  server.feeds.set('full', { items: [1, 2, 3], full: true, format: 'rss' });
  server.feeds.set('summaries', { items: [4, 5], full: false, format: 'atom' });
  server.feeds.set('rdf', { items: [6], full: false, format: 'rdf' });
});
after(() => server.close());

const FAST = { headersTimeoutMs: 300, totalTimeoutMs: 800 };

async function all(target: string): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const result of readInput(target, { fetch: FAST })) out.push(result);
  return out;
}

test('each kind of fetch failure has its own code and a message', async () => {
  const cases: [string, string, object?][] = [
    ['/slow/page', 'fetch.timeout'],
    ['/drip', 'fetch.timeout'],
    ['/error', 'fetch.status'],
    ['/loop', 'fetch.redirects'],
    ['/to-file', 'fetch.scheme'],
    ['/missing', 'fetch.status'],
    ['/huge', 'fetch.too_large', { totalTimeoutMs: 20_000 }],
    ['/huge-declared', 'fetch.too_large'],
  ];
  for (const [path, code, options] of cases) {
    const result = await fetchUrl(`${server.url}${path}`, { ...FAST, ...options });
    assert.ok('error' in result, `${path}: ${JSON.stringify(result).slice(0, 200)}`);
    assert.equal(result.error.code, code, `${path}: ${result.error.message}`);
    assert.ok(result.error.message.length > 10);
  }
  assert.equal((await fetchUrl('file:///etc/passwd')).hasOwnProperty('error'), true);
  assert.match(JSON.stringify(await fetchUrl('ftp://127.0.0.1/x')), /fetch\.scheme/);
  assert.match(JSON.stringify(await fetchUrl('http://127.0.0.1:1/')), /fetch\.network/);
  assert.ok((server.hits.get('/loop') ?? 0) <= 6, 'at most 5 redirects followed');
});

test('the 200 MB body is abandoned once the limit is passed, not downloaded', async () => {
  const started = performance.now();
  const result = await fetchUrl(`${server.url}/huge`, { maxBytes: 2 * 1024 * 1024, totalTimeoutMs: 20_000 });
  assert.ok('error' in result && result.error.code === 'fetch.too_large');
  assert.ok(performance.now() - started < 5000, 'stopped early');
});

test('a redirect is followed and the final URL kept; conditional requests get 304', async () => {
  const page = await fetchUrl(`${server.url}/moved`);
  assert.ok(!('error' in page) && page.status === 'ok');
  assert.equal(page.url, `${server.url}/pages/7.html`);
  const feed = await fetchUrl(`${server.url}/feeds/full.xml`);
  assert.ok(!('error' in feed) && feed.status === 'ok' && feed.etag);
  const again = await fetchUrl(`${server.url}/feeds/full.xml`, { headers: { 'if-none-match': feed.etag! } });
  assert.deepEqual(again, { status: 'not_modified', url: `${server.url}/feeds/full.xml` });
});

test('an HTML page is one document with its title, date and canonical URL', async () => {
  const [result, ...rest] = await all(`${server.url}/pages/7.html`);
  assert.equal(rest.length, 0);
  assert.ok(result && 'document' in result, JSON.stringify(result));
  const article = generatedArticle(7);
  assert.equal(result.document.title, article.title);
  assert.equal(result.document.published, article.published);
  assert.equal(result.document.url, `${server.url}/pages/7.html`);
  assert.ok(result.document.text.includes(article.paragraphs[2]!.slice(0, 60)));
});

test('feeds: full items are read as they are, summary items (Atom, RDF) fetch their page', async () => {
  const full = await all(`${server.url}/feeds/full.xml`);
  assert.deepEqual(full.map((r) => 'document' in r && r.document.format), ['feed', 'feed', 'feed']);
  const before = server.hits.get('/pages/4.html') ?? 0;
  const summaries = await all(`${server.url}/feeds/summaries.xml`);
  assert.equal(summaries.length, 2);
  for (const [k, result] of summaries.entries()) {
    assert.ok('document' in result, JSON.stringify(result));
    assert.equal(result.document.url, `${server.url}/pages/${k + 4}.html`);
    assert.ok(result.document.text.includes(generatedArticle(k + 4).paragraphs[2]!.slice(0, 50)), 'the page text, not the summary');
  }
  assert.equal(server.hits.get('/pages/4.html'), before + 1);
  const rdf = await all(`${server.url}/feeds/rdf.xml`);
  assert.ok(rdf[0] && 'document' in rdf[0] && rdf[0].document.text.includes(generatedArticle(6).paragraphs[1]!.slice(0, 40)));
});

test('a malformed feed is feed.parse; faulty URLs fail alone', async () => {
  const [malformed] = await all(`${server.url}/malformed.xml`);
  assert.equal(malformed && 'error' in malformed && malformed.error.code, 'feed.parse');
  const [error] = await all(`${server.url}/error`);
  assert.equal(error && 'error' in error && error.error.code, 'fetch.status');
});
