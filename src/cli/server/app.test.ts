// The API over a real (temporary SQLite) store, through app.request(): no port is opened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../storage/open-store.ts';
import { makeClaim, makeDocument, makeReport } from '../../storage/store.fixtures.test-helpers.ts';
import { createApp } from './app.ts';
import { escapeHtml } from './html.ts';

const EVIL = 'Moscow expelled a diplomat <script>alert(1)</script> <img src=x onerror=alert(2)>.';

async function withApp(fn: (app: ReturnType<typeof createApp>) => Promise<void>): Promise<void> {
  const store = await openStore(join(await mkdtemp(join(tmpdir(), 'riposte-api-')), 'api.db'));
  try {
    const doc = makeDocument('doc_cccccccccccccccc', `GBR expels. ${EVIL}`, { title: 'Title <script>alert("t")</script>', url: 'javascript:alert(3)' });
    const evil = makeReport('r12_20', { actor: 'RUS', target: 'GBR', sentence: EVIL, start: 12, end: 12 + EVIL.length, spans: {} });
    await store.saveDocument(doc, { events: [makeReport('r0_1'), evil], claims: [makeClaim('r30_1')] });
    await fn(createApp({ store }));
  } finally {
    await store.close();
  }
}

test('health, events (filtered), one event, claims and documents', async () => {
  await withApp(async (app) => {
    const health = await app.request('/api/health');
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { ok: true, dialect: 'sqlite', documents: 1, events: 2, reports: 2, claims: 1 });

    const all = (await (await app.request('/api/events')).json()) as { total: number; events: { id: string; actor: string }[] };
    assert.equal(all.total, 2);
    const gbr = (await (await app.request('/api/events?actor=gbr&type=expel&since=2026-01&limit=5')).json()) as typeof all;
    assert.deepEqual(gbr.events.map((e) => e.actor), ['GBR']);

    const one = await app.request(`/api/events/${gbr.events[0]!.id}`);
    assert.equal(one.status, 200);
    assert.equal(((await one.json()) as { reports: unknown[] }).reports.length, 1);

    const claims = (await (await app.request('/api/claims')).json()) as { claims: { verdict: string; ledger_count: null }[] };
    assert.deepEqual(claims.claims.map((c) => [c.verdict, c.ledger_count]), [['unknown', null]]);

    const docs = (await (await app.request('/api/documents?limit=1')).json()) as { documents: { id: string }[] };
    assert.deepEqual(docs.documents.map((d) => d.id), ['doc_cccccccccccccccc']);
  });
});

test('bad parameters are 400 with a JSON error; unknown ids and routes are 404 JSON', async () => {
  await withApp(async (app) => {
    for (const query of ['limit=abc', 'limit=0', 'type=invade', 'since=yesterday', 'actor=R$S', 'colour=red']) {
      const res = await app.request(`/api/events?${query}`);
      assert.equal(res.status, 400, query);
      const body = (await res.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'request.invalid', query);
    }
    assert.equal((await app.request('/api/documents?offset=-1')).status, 400);
    const missing = await app.request('/api/events/evt_0000000000000000');
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'events.not_found');
    const route = await app.request('/api/nothing');
    assert.equal(route.status, 404);
    assert.match(route.headers.get('content-type') ?? '', /json/);
  });
});

test('the HTML page escapes all article text and links only http(s) URLs', async () => {
  await withApp(async (app) => {
    const res = await app.request('/');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    const html = await res.text();
    assert.ok(!html.includes('<script'), 'no live script tag');
    assert.ok(!/<img/i.test(html), 'no live img tag');
    assert.ok(!html.includes('javascript:'), 'no javascript: link');
    assert.ok(html.includes(escapeHtml(EVIL)));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('onerror=alert(2)&gt;'), 'onerror= only inside escaped text');
    assert.ok(html.includes('Title &lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;'));
  });
});
