// A local HTTP server (127.0.0.1, random port) with pages, feeds and faulty endpoints, for fetch, ingest and
// watch tests. Nothing leaves the machine. State (feed items, hit counts) lives in the returned object only.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { articleHtml, generatedArticle } from './generated-articles.test-helpers.ts';

export interface FeedConfig {
  items: number[];
  full: boolean;
  format: 'rss' | 'atom' | 'rdf';
  /** Item links point at /error (HTTP 500) instead of their pages. */
  brokenLinks?: boolean;
}

export interface TestServer {
  url: string;
  /** Article numbers served as items of /feeds/<name>.xml; change them to publish new items. */
  feeds: Map<string, FeedConfig>;
  /** Requests per path (without the query), and 304 answers per path. */
  hits: Map<string, number>;
  notModified: Map<string, number>;
  /** Milliseconds /slow/* waits before sending headers. */
  slowMs: number;
  /** Milliseconds every /pages/* answer waits (0 = none), to catch a watcher in the middle of a round. */
  pageDelayMs: number;
  close(): Promise<void>;
}

const ONE_MB = Buffer.alloc(1024 * 1024, 'a');

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function feedXml(base: string, name: string, { items, full, format, brokenLinks }: FeedConfig): string {
  const entries = items.map((i) => {
    const a = generatedArticle(i);
    const link = brokenLinks ? `${base}/error?item=${i}` : `${base}/pages/${i}.html`;
    const text = full ? a.paragraphs.map((p) => `<p>${p}</p>`).join('') : `<p>${a.paragraphs[0]}</p>`;
    const date = new Date(`${a.published}T08:00:00Z`);
    if (format === 'atom') {
      const body = full ? `<content type="html">${escapeXml(text)}</content>` : `<summary type="html">${escapeXml(text)}</summary>`;
      return `<entry><id>urn:test:${name}:${i}</id><title>${escapeXml(a.title)}</title><link href="${link}"/>` +
        `<published>${date.toISOString()}</published><updated>${date.toISOString()}</updated>${body}</entry>`;
    }
    if (format === 'rdf') {
      return `<item rdf:about="${link}"><title>${escapeXml(a.title)}</title><link>${link}</link><description>${escapeXml(text)}</description>` +
        `<dc:date>${date.toISOString()}</dc:date></item>`;
    }
    const content = full ? `<content:encoded><![CDATA[${text}]]></content:encoded>` : '';
    return `<item><guid isPermaLink="false">${name}-${i}</guid><title>${escapeXml(a.title)}</title><link>${link}</link>` +
      `<pubDate>${date.toUTCString()}</pubDate><description>${escapeXml(`<p>${a.paragraphs[0]}</p>`)}</description>${content}</item>`;
  }).join('\n');
  if (format === 'atom') return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Test wire ${name}</title><link href="${base}/"/>${entries}</feed>`;
  if (format === 'rdf') {
    return `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" ` +
      `xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="${base}/"><title>Test wire ${name}</title><link>${base}/</link></channel>${entries}</rdf:RDF>`;
  }
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test wire ${name}</title>` +
    `<link>${base}/</link>${entries}</channel></rss>`;
}

/** Streams `megabytes` of filler with backpressure, stopping when the client goes away: never held in memory. */
function streamHuge(res: ServerResponse, megabytes: number, declare: boolean): void {
  res.writeHead(200, { 'content-type': 'text/html', ...(declare ? { 'content-length': String(megabytes * ONE_MB.length) } : {}) });
  let sent = 0;
  const pump = (): void => {
    while (sent < megabytes && !res.destroyed) {
      sent++;
      if (!res.write(ONE_MB)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  res.on('close', () => { sent = megabytes; });
  pump();
}

function conditional(req: IncomingMessage, res: ServerResponse, body: string, server: TestServer, path: string): boolean {
  const etag = `"${body.length.toString(16)}-${Buffer.from(body).subarray(-64).toString('hex').slice(0, 16)}"`;
  const lastModified = new Date(Date.UTC(2026, 0, 1) + body.length * 1000).toUTCString();
  res.setHeader('etag', etag);
  res.setHeader('last-modified', lastModified);
  if (req.headers['if-none-match'] === etag) {
    server.notModified.set(path, (server.notModified.get(path) ?? 0) + 1);
    res.writeHead(304).end();
    return true;
  }
  return false;
}

function route(server: TestServer, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', server.url);
  const path = url.pathname;
  server.hits.set(path, (server.hits.get(path) ?? 0) + 1);
  const page = /^\/pages\/(\d+)\.html$/.exec(path);
  const feed = /^\/feeds\/([\w-]+)\.xml$/.exec(path);
  if (page) {
    const send = () => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(articleHtml(generatedArticle(Number(page[1])), `${server.url}${path}`));
    if (server.pageDelayMs > 0) setTimeout(send, server.pageDelayMs);
    else send();
  } else if (feed && server.feeds.has(feed[1]!)) {
    const config = server.feeds.get(feed[1]!)!;
    const body = feedXml(server.url, feed[1]!, config);
    if (conditional(req, res, body, server, path)) return;
    res.writeHead(200, { 'content-type': config.format === 'atom' ? 'application/atom+xml' : 'application/rss+xml' }).end(body);
  } else if (path.startsWith('/slow/')) {
    const timer = setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml(generatedArticle(1), url.href)), server.slowMs);
    res.on('close', () => clearTimeout(timer));
  } else if (path === '/drip') {
    res.writeHead(200, { 'content-type': 'text/html' });
    const timer = setInterval(() => res.write('<p>drip</p>'), 100);
    res.on('close', () => clearInterval(timer));
  } else if (path === '/error') {
    res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error');
  } else if (path === '/loop') {
    res.writeHead(302, { location: `/loop?n=${Number(url.searchParams.get('n') ?? 0) + 1}` }).end();
  } else if (path === '/moved') {
    res.writeHead(301, { location: '/pages/7.html' }).end();
  } else if (path === '/to-file') {
    res.writeHead(302, { location: 'file:///etc/passwd' }).end();
  } else if (path === '/huge' || path === '/huge-declared') {
    streamHuge(res, 200, path === '/huge-declared');
  } else if (path === '/malformed.xml') {
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Half an item</title></item></chan');
  } else {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}

export async function startTestServer(): Promise<TestServer> {
  const server: TestServer = {
    url: '', feeds: new Map(), hits: new Map(), notModified: new Map(), slowMs: 5000, pageDelayMs: 0,
    close: async () => {},
  };
  const http = createServer((req, res) => route(server, req, res));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  server.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  server.close = () => new Promise((resolve) => {
    http.closeAllConnections();
    http.close(() => resolve());
  });
  return server;
}
