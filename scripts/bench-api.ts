// npm run bench:api: 1,000,000 synthetic events in a temporary SQLite file, then p50/p95 of the overview, pair view
// and event list endpoints through app.request() (in-process, no socket), with bounded loops. Target: p95 < 100 ms.
// BENCH_EVENTS changes the size; BENCH_KEEP=1 keeps the database file; BENCH_DB=<file> fills that file once and
// reuses it on later runs (timings only).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/api/app.ts';
import { overview } from '../src/core/overview.usecase.ts';
import { openStore } from '../src/storage/open-store.ts';
import { fill } from './bench-api/fill.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const ROUNDS = 200;
const PAIRS = ['GBR-RUS', 'USA-CHN', 'POL-BLR', 'CZE-RUS', 'EST-RUS', 'IRN-ISR', 'JPN-KOR', 'FRA-DEU'];
const STATES = ['GBR', 'RUS', 'USA', 'CHN', 'POL', 'FRA', 'EST', 'IRN'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time(name: string, rounds: number, run: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 5; i++) await run(i);
  const ms: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await run(i);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const [p50, p95, max] = [percentile(ms, 50), percentile(ms, 95), ms[ms.length - 1]!];
  const verdict = p95 < 100 ? 'ok' : 'OVER 100 ms';
  console.log(`${name.padEnd(34)} p50 ${p50.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   max ${max.toFixed(1).padStart(7)} ms  (${rounds} requests) ${verdict}`);
}

async function get(app: ReturnType<typeof createApp>, path: string): Promise<void> {
  const res = await app.request(path);
  if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
  await res.arrayBuffer();
}

const reuse = process.env.BENCH_DB;
const dir = reuse ? null : mkdtempSync(join(tmpdir(), 'riposte-bench-api-'));
const file = reuse ?? join(dir!, 'bench.db');
try {
  let t = performance.now();
  if (reuse && existsSync(reuse)) console.log(`reusing ${reuse}`);
  else {
    await (await openStore(file)).close();
    fill(file, EVENTS);
    console.log(`filled ${EVENTS.toLocaleString('en')} events (+ reports, ${Math.ceil(EVENTS / 100)} documents) in ${((performance.now() - t) / 1000).toFixed(1)} s: ${file}`);
  }
  const store = await openStore(file);
  const app = createApp({ store });
  t = performance.now();
  await get(app, '/api/overview');
  console.log(`overview, first (uncached) request: ${(performance.now() - t).toFixed(0)} ms`);
  await time('GET /api/overview (cached 10 s)', ROUNDS, () => get(app, '/api/overview'));
  await time('overview usecase, uncached', 20, () => overview({ store }));
  await time('GET /api/pairs/:pair', ROUNDS, (i) => get(app, `/api/pairs/${PAIRS[i % PAIRS.length]}`));
  await time('GET /api/events (first page)', ROUNDS, () => get(app, '/api/events?limit=50'));
  await time('GET /api/events?actor&target&type', ROUNDS, (i) =>
    get(app, `/api/events?actor=${STATES[i % 8]}&target=${STATES[(i + 3) % 8]}&type=expel&limit=50`));
  await time('GET /api/events?actor&since&until', ROUNDS, (i) => get(app, `/api/events?actor=${STATES[i % 8]}&since=2019&until=2020-06&limit=50`));
  await time('GET /api/events/:id', ROUNDS, (i) => get(app, `/api/events/evt_${((i * 33331) % EVENTS).toString(16).padStart(16, '0')}`));
  await time('GET /api/events?order=recent&offset', ROUNDS, (i) => get(app, `/api/events?order=recent&limit=50&offset=${(i % 20) * 50}`));
  await store.close();
} finally {
  if (dir && !process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
}
