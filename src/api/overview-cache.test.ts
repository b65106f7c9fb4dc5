import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Overview } from '../core/overview.usecase.ts';
import { createOverviewCache } from './overview-cache.ts';

function fake(n: number): Overview {
  return { stats: { documents: n, events: 0, reports: 0, claims: 0 }, network: { nodes: [], edges: [] }, recent: [], escalations: [] };
}

test('the overview is computed once, served stale while one refresh runs, and cleared by writes', async () => {
  let clock = 0;
  let loads = 0;
  let release: () => void = () => {};
  const cache = createOverviewCache(async () => {
    loads += 1;
    if (loads === 2) await new Promise<void>((resolve) => { release = resolve; });
    return fake(loads);
  }, { ttlMs: 100, now: () => clock });
  assert.equal((await cache.get()).stats.documents, 1);
  assert.equal((await cache.get()).stats.documents, 1);
  clock = 150;
  assert.equal((await cache.get()).stats.documents, 1, 'stale value served at once');
  assert.equal((await cache.get()).stats.documents, 1, 'no second refresh while one runs');
  assert.equal(loads, 2);
  release();
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal((await cache.get()).stats.documents, 2);
  cache.clear();
  assert.equal((await cache.get()).stats.documents, 3, 'a write makes the next request wait for fresh figures');
});
