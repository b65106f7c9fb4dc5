// The dashboard's static files through the API app (the browser test drives the pages themselves).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { withApi } from './app.test-helpers.ts';
import { DEFAULT_WEB_ROOT } from './static.ts';

test('the built dashboard is served: index without inline script, hashed assets cached for good', {
  skip: existsSync(join(DEFAULT_WEB_ROOT, 'index.html')) ? false : 'web/dist is not built (npm test builds it first)',
}, async () => {
  await withApi(async ({ request }) => {
    const home = await request('/');
    assert.equal(home.status, 200);
    const html = await home.text();
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'every script has a src');
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    assert.ok(asset);
    const js = await request(asset);
    assert.equal(js.status, 200);
    assert.match(js.headers.get('cache-control') ?? '', /immutable/);
    assert.equal((await request('/assets/missing.js')).status, 404);
    assert.equal((await request('/assets/..%2f..%2fpackage.json')).status, 404);
  }, { webRoot: DEFAULT_WEB_ROOT });
});
