// A correction made through the API survives re-ingest (duplicate) and re-extraction (same URL, new text) of its
// document through POST /api/ingest, and is exported as a `correction` object.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exportEvents } from '../core/export.ts';
import { TOKEN, withApi } from './app.test-helpers.ts';

const article = (extra: string) => `Britain expels a Russian diplomat\n\n2026-02-02\n\nThe British government expelled a Russian diplomat on Monday.${extra}\n\nOriginal url:\n\n<https://news.example/2026/02/02/uk-expels>\n`;

test('a correction survives re-ingest and re-extraction, and is exported', async () => {
  await withApi(async ({ request, store }) => {
    const ingest = async (text: string) => ((await (await request('/api/ingest', { method: 'POST', body: text, token: TOKEN })).json()) as { summary: Record<string, number> }).summary;
    assert.equal((await ingest(article(''))).inserted, 1);
    const page = (await (await request('/api/events?text=expelled%20a%20Russian%20diplomat%20on%20Monday')).json()) as { events: { id: string }[] };
    const id = page.events[0]!.id;
    const body = JSON.stringify({ status: 'corrected', fields: { count: 2, type: 'recall' }, note: 'checked' });
    assert.equal((await request(`/api/events/${id}/review`, { method: 'POST', body, token: TOKEN })).status, 200);

    assert.equal((await ingest(article(''))).duplicates, 1);
    assert.equal((await ingest(article(' The embassy declined to comment.'))).updated, 1, 're-extracted');
    const detail = (await (await request(`/api/events/${id}`)).json()) as { type: string; correction: { fields: unknown; note: string } };
    assert.equal(detail.type, 'expel', 'extracted value kept');
    assert.deepEqual(detail.correction.fields, { count: 2, type: 'recall' });

    let exported = '';
    for await (const chunk of exportEvents({ store, format: 'jsonl' })) exported += chunk;
    const record = exported.trim().split('\n').map((l) => JSON.parse(l)).find((r) => r.id === id);
    assert.deepEqual(record.correction.fields, { count: 2, type: 'recall' });
    assert.equal(record.correction.status, 'corrected');
  });
});
