// Every endpoint through app.request(), with good and bad input. Writes: missing, wrong and unconfigured tokens.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventId } from '../storage/ids.ts';
import { a1, a2, docA, docB } from '../storage/store.fixtures.test-helpers.ts';
import { errorCode, TOKEN, withApi } from './app.test-helpers.ts';

const A1 = eventId(docA.id, a1.key);
const A2 = eventId(docA.id, a2.key);

test('health, overview, openapi', async () => {
  await withApi(async ({ request }) => {
    assert.deepEqual(await (await request('/api/health')).json(), { ok: true, dialect: 'sqlite', documents: 2, events: 6, reports: 6, claims: 1 });
    const overview = (await (await request('/api/overview')).json()) as { network: { nodes: { id: string }[]; edges: { actor: string; acts: number }[] }; recent: { id: string }[] };
    assert.ok(overview.network.nodes.some((n) => n.id === 'GBR'));
    assert.deepEqual(overview.network.edges.find((e) => e.actor === 'GBR'), { actor: 'GBR', target: 'RUS', acts: 1, hostile: 1, restoring: 0, people: 1 });
    assert.equal(overview.recent[0]?.id, A1, "newest dated fact act first ('2026-02-02' after '2026-02')");
    const spec = (await (await request('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    assert.equal(spec.openapi, '3.1.0');
    for (const path of ['/api/events', '/api/events/{id}', '/api/events/{id}/review', '/api/pairs/{pair}', '/api/pairs/{pair}/ledger',
      '/api/pairs/{pair}/chains', '/api/events/{id}/chain', '/api/claims', '/api/documents', '/api/documents/{id}', '/api/ingest', '/api/overview']) {
      assert.ok(path in spec.paths, path);
    }
  });
});

test('events: filters, paging, one event with reports, spans, codes and links', async () => {
  await withApi(async ({ request }) => {
    const page = (await (await request('/api/events?actor=gbr&limit=1')).json()) as { total: number; events: { id: string; correction: null }[] };
    assert.equal(page.total, 2);
    assert.equal(page.events.length, 1);
    assert.equal(page.events[0]?.correction, null);
    for (const [query, total] of [['target=GBR&type=expel', 1], ['since=2026-02-03&until=2026-02-03', 2], ['modality=planned', 1],
      ['text=belarusian', 1], ['offset=5', 6], ['order=recent', 5]] as const) {
      assert.equal(((await (await request(`/api/events?${query}`)).json()) as { total: number }).total, total, query);
    }
    const detail = (await (await request(`/api/events/${A2}`)).json()) as Record<string, any>;
    assert.equal(detail.retaliates_for, A1);
    assert.equal(detail.answers.id, A1);
    assert.equal(detail.response, 'proportionate');
    assert.equal(detail.cameo, '1663');
    assert.equal(detail.plover.type, 'REDUCE_RELATIONS');
    assert.equal(detail.reports[0].url, docA.url);
    assert.deepEqual(Object.keys(detail.reports[0].spans).sort(), ['actor', 'trigger']);
    const original = (await (await request(`/api/events/${A1}`)).json()) as Record<string, any>;
    assert.deepEqual(original.answered_by.map((a: { id: string }) => a.id), [A2]);
  });
});

test('bad parameters are 400 request.invalid, unknown ids 404, never 500', async () => {
  await withApi(async ({ request }) => {
    const bad = ['/api/events?limit=abc', '/api/events?limit=0', '/api/events?limit=5000', '/api/events?type=invade',
      '/api/events?since=yesterday', '/api/events?until=2026-13', '/api/events?actor=R$S', '/api/events?colour=red', '/api/events?order=random',
      '/api/events/not-an-id', '/api/pairs/GBR', '/api/pairs/GBR-GBR', '/api/pairs/G-RUS', '/api/pairs/GBR_RUS/ledger',
      '/api/documents?offset=-1', '/api/documents?limit=x', '/api/documents?foo=1', '/api/documents/doc_x'];
    for (const path of bad) {
      const res = await request(path);
      assert.equal(res.status, 400, path);
      assert.equal(await errorCode(res), 'request.invalid', path);
    }
    for (const [path, code] of [['/api/events/evt_0000000000000000', 'events.not_found'], ['/api/documents/doc_0000000000000000', 'documents.not_found'],
      ['/api/nothing', 'route.not_found']] as const) {
      const res = await request(path);
      assert.equal(res.status, 404, path);
      assert.equal(await errorCode(res), code, path);
    }
  });
});

test('pair view, ledger and chains (501 without the chains port), claims, documents', async () => {
  await withApi(async ({ request }) => {
    const pair = (await (await request('/api/pairs/rus-gbr')).json()) as Record<string, any>;
    assert.deepEqual(pair.pair, ['RUS', 'GBR']);
    assert.ok([A1, A2].every((id) => pair.acts.some((a: { id: string }) => a.id === id)));
    assert.equal(pair.acts.find((a: { id: string }) => a.id === A2).response, 'proportionate');
    assert.deepEqual(pair.tally.map((t: { actor: string; acts: number }) => [t.actor, t.acts]), [['RUS', 1], ['GBR', 1]]);
    const ledger = (await (await request('/api/pairs/GBR-RUS/ledger')).json()) as { pair: string[]; ledger: { directions: unknown[]; responses: unknown[] } };
    assert.deepEqual(ledger.pair, ['GBR', 'RUS']);
    assert.equal(ledger.ledger.directions.length, 2);
    assert.equal(ledger.ledger.responses.length, 1);
    const chains = (await (await request('/api/pairs/GBR-RUS/chains')).json()) as { chains: Array<Array<{ id: string }>> };
    assert.deepEqual(chains.chains.map((c) => c.map((a) => a.id)), [[A1, A2]]);
    const chain = (await (await request(`/api/events/${A2}/chain`)).json()) as { chain: Array<{ id: string }> };
    assert.deepEqual(chain.chain.map((a) => a.id), [A1, A2]);
    assert.equal((await request('/api/events/evt_0000000000000000/chain')).status, 404);
    assert.equal((await request('/api/events/nope/chain')).status, 400);
    const claims = (await (await request('/api/claims')).json()) as { claims: { verdict: string; acts: { id: string }[] }[] };
    assert.equal(claims.claims.length, 1);
    assert.ok(['unknown', 'consistent', 'inconsistent'].includes(claims.claims[0]!.verdict));
    assert.ok(claims.claims[0]!.acts.some((a) => a.id === A2));
    const docs = (await (await request('/api/documents?limit=1&offset=1')).json()) as { documents: unknown[] };
    assert.equal(docs.documents.length, 1);
    const doc = (await (await request(`/api/documents/${docB.id}`)).json()) as { text: string };
    assert.equal(doc.text, docB.text);
  });
});

test('ingest takes text, HTML and JSONL with the bearer token', async () => {
  await withApi(async ({ request }) => {
    const text = 'Britain expels a Russian diplomat\n\n2026-02-02\n\nThe British government expelled a Russian diplomat on Monday.';
    const res = await request('/api/ingest', { method: 'POST', body: text, headers: { 'content-type': 'text/plain' }, token: TOKEN });
    assert.equal(res.status, 200);
    const body = (await res.json()) as { ok: boolean; summary: { inserted: number; events: number } };
    assert.deepEqual([body.ok, body.summary.inserted, body.summary.events], [true, 1, 1]);
    const again = (await (await request('/api/ingest', { method: 'POST', body: text, token: TOKEN })).json()) as { summary: { duplicates: number } };
    assert.equal(again.summary.duplicates, 1);
    const html = '<html><head><title>Poland summons envoy</title></head><body><article><p>Poland summoned the Belarusian ambassador on Monday to protest the detention of a consul, the ministry said in a long statement.</p></article></body></html>';
    const fromHtml = (await (await request('/api/ingest?url=https://news.example/pl', { method: 'POST', body: html, headers: { 'content-type': 'text/html' }, token: TOKEN })).json()) as { summary: { inserted: number } };
    assert.equal(fromHtml.summary.inserted, 1);
    const jsonl = [1, 2].map((i) => JSON.stringify({ id: `j${i}`, title: `Item ${i}`, text: `Estonia expelled ${i + 1} Russian diplomats on Friday, the foreign ministry said.`, published: '2026-01-09' })).join('\n');
    const fromJsonl = (await (await request('/api/ingest?format=jsonl', { method: 'POST', body: jsonl, token: TOKEN })).json()) as { summary: { read: number } };
    assert.equal(fromJsonl.summary.read, 2);
  });
});

test('writes need the token: 401 without, 403 with a wrong one, 403 when none is configured; bad bodies are 400', async () => {
  await withApi(async ({ request }) => {
    const review = { method: 'POST', body: JSON.stringify({ status: 'confirmed' }), headers: { 'content-type': 'application/json' } };
    for (const [path, init] of [['/api/ingest', { method: 'POST', body: 'x' }], [`/api/events/${A1}/review`, review], [`/api/events/${A1}/review`, { method: 'DELETE' }]] as const) {
      const missing = await request(path, init);
      assert.equal(missing.status, 401, path);
      assert.equal(await errorCode(missing), 'auth.missing');
      assert.match(missing.headers.get('www-authenticate') ?? '', /Bearer/);
      const wrong = await request(path, { ...init, token: 'nope' });
      assert.equal(wrong.status, 403, path);
      assert.equal(await errorCode(wrong), 'auth.forbidden');
    }
    for (const [path, init] of [['/api/ingest', { method: 'POST', body: '' }], ['/api/ingest?format=pdf', { method: 'POST', body: 'x' }],
      [`/api/events/${A1}/review`, { method: 'POST', body: 'not json' }], [`/api/events/${A1}/review`, { method: 'POST', body: '{"status":"maybe"}' }],
      [`/api/events/${A1}/review`, { method: 'POST', body: '{"status":"corrected"}' }],
      [`/api/events/${A1}/review`, { method: 'POST', body: '{"status":"corrected","fields":{"retaliates_for":"evt_0000000000000000"}}' }],
      [`/api/events/${A1}/review`, { method: 'POST', body: '{"status":"corrected","fields":{"count":-1}}' }]] as const) {
      const res = await request(path, { ...init, token: TOKEN });
      assert.equal(res.status, 400, `${path} ${init.body}`);
      assert.equal(await errorCode(res), 'request.invalid');
    }
  });
  await withApi(async ({ request }) => {
    const res = await request('/api/ingest', { method: 'POST', body: 'x', token: 'anything' });
    assert.equal(res.status, 403);
    assert.equal(await errorCode(res), 'auth.disabled');
  }, { token: undefined });
});

test('review: a correction is kept apart, shown on the event and the pair, and can be removed', async () => {
  await withApi(async ({ request }) => {
    const body = JSON.stringify({ status: 'corrected', fields: { count: 3, date: '2026-02-01', retaliates_for: null }, note: 'wire copy said three' });
    const res = await request(`/api/events/${A2}/review`, { method: 'POST', body, headers: { 'content-type': 'application/json' }, token: TOKEN });
    assert.equal(res.status, 200);
    const detail = (await (await request(`/api/events/${A2}`)).json()) as Record<string, any>;
    assert.equal(detail.count, 1, 'extracted value kept');
    assert.deepEqual(detail.correction.fields, { count: 3, date: '2026-02-01', retaliates_for: null });
    assert.deepEqual([detail.effective.count, detail.effective.date, detail.effective.review, detail.answers], [3, '2026-02-01', 'corrected', null]);
    const pair = (await (await request('/api/pairs/GBR-RUS')).json()) as { acts: { id: string; count: number; review: string }[] };
    assert.deepEqual(pair.acts.filter((a) => a.id === A2).map((a) => [a.count, a.review]), [[3, 'corrected']]);
    assert.equal((await request(`/api/events/${A2}/review`, { method: 'DELETE', token: TOKEN })).status, 204);
    assert.equal(((await (await request(`/api/events/${A2}`)).json()) as { correction: null }).correction, null);
    const again = await request(`/api/events/${A2}/review`, { method: 'DELETE', token: TOKEN });
    assert.equal(again.status, 404);
  });
});

test('ledger and chains answer 501 chains.not_available without the chains port', async () => {
  await withApi(async ({ request }) => {
    for (const path of ['/api/pairs/GBR-RUS/ledger', '/api/pairs/GBR-RUS/chains', `/api/events/${A1}/chain`]) {
      const res = await request(path);
      assert.equal(res.status, 501, path);
      assert.equal(await errorCode(res), 'chains.not_available');
    }
  }, { chains: null });
});

test('an ingest body over the limit is 413 request.too_large, with or without Content-Length', async () => {
  await withApi(async ({ request }) => {
    const big = await request('/api/ingest', { method: 'POST', body: 'x'.repeat(100), token: TOKEN });
    assert.equal(big.status, 413);
    assert.equal(await errorCode(big), 'request.too_large');
    const stream = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('y'.repeat(100))); c.close(); } });
    const chunked = await request('/api/ingest', { method: 'POST', body: stream, token: TOKEN, duplex: 'half' } as RequestInit);
    assert.equal(chunked.status, 413);
  }, { maxIngestBytes: 50 });
});

test('every response carries a strict CSP; / explains how to build the dashboard when it is missing', async () => {
  await withApi(async ({ request }) => {
    for (const path of ['/', '/api/health', '/api/nothing']) {
      const csp = (await request(path)).headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'none'/, path);
      assert.match(csp, /script-src 'self'(;|$)/, path);
    }
    const home = await request('/');
    assert.equal(home.status, 503);
    assert.match(await home.text(), /npm run build:web/);
  });
});
