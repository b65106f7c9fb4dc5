// Acceptance (issue 6): `riposte watch` as a child process against the local test server ingests new items only,
// survives the faulty endpoints, and after a kill -9 and a restart has lost nothing and stored nothing twice.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { PollReport } from '../core/watch.usecase.ts';
import { openStore } from '../storage/open-store.ts';
import { startTestServer, type TestServer } from '../ingestion/test-server.test-helpers.ts';
import { MAIN, runRiposte } from './test-corpus.test-helpers.ts';

const TSX = import.meta.resolve('tsx');
let server: TestServer;
let dir: string;
let db: string;

before(async () => {
  server = await startTestServer();
  server.slowMs = 4000;
  server.feeds.set('wire', { items: [100, 101, 102, 103, 104], full: true, format: 'rss' });
  server.feeds.set('desk', { items: [200, 201], full: false, format: 'atom' });
  dir = await mkdtemp(join(tmpdir(), 'riposte-watch-'));
  db = join(dir, 'watch.db');
});
after(() => server.close());

const FAULTY: Record<string, string> = {
  '/error': 'fetch.status', '/loop': 'fetch.redirects', '/huge': 'fetch.too_large',
  '/malformed.xml': 'feed.parse', '/slow/feed.xml': 'fetch.timeout', '/pages/1.html': 'feed.parse',
};
const feeds = () => [`${server.url}/feeds/wire.xml`, `${server.url}/feeds/desk.xml`, ...Object.keys(FAULTY).map((p) => `${server.url}${p}`)];
const OPTIONS = ['--every', '1s', '--timeout', '1500ms', '--max-size', '2'];

function reports(stdout: string): Map<string, PollReport> {
  const lines = stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as PollReport);
  return new Map(lines.map((r) => [r.feed.slice(server.url.length), r]));
}

async function storedUrls(): Promise<string[]> {
  const store = await openStore(db);
  try {
    return (await store.listDocuments()).map((d) => d.url ?? d.id).sort();
  } finally {
    await store.close();
  }
}

const pageUrls = (items: number[]) => items.map((i) => `${server.url}/pages/${i}.html`);

function startWatch(): ChildProcess {
  const env = { ...process.env };
  delete env.RIPOSTE_DB;
  return spawn(process.execPath, ['--import', TSX, MAIN, '--db', db, 'watch', '--json', ...OPTIONS, ...feeds()], { cwd: dir, env, stdio: 'pipe' });
}

test('watch ingests new items only, survives faulty feeds, and loses or repeats nothing across kill -9', { timeout: 180_000 }, async () => {
  const first = await runRiposte(['--db', db, 'watch', '--once', '--json', ...OPTIONS, ...feeds()], dir);
  assert.equal(first.code, 1, `faulty feeds make a --once round exit 1\n${first.stderr}`);
  const round1 = reports(first.stdout);
  assert.deepEqual([round1.get('/feeds/wire.xml')?.summary.inserted, round1.get('/feeds/desk.xml')?.summary.inserted], [5, 2], first.stderr);
  for (const [path, code] of Object.entries(FAULTY)) {
    assert.equal(round1.get(path)?.status, 'failed', path);
    assert.equal(round1.get(path)?.error?.code, code, `${path}: ${round1.get(path)?.error?.message}`);
    assert.match(first.stderr, new RegExp(`failed ${code.replace('.', '\\.')}`));
  }
  assert.equal((await storedUrls()).length, 7);

  const second = await runRiposte(['--db', db, 'watch', '--once', '--json', ...OPTIONS, ...feeds().slice(0, 2)], dir);
  assert.equal(second.code, 0, second.stderr);
  assert.deepEqual([...reports(second.stdout).values()].map((r) => r.status), ['not_modified', 'not_modified']);
  assert.equal(server.notModified.get('/feeds/wire.xml'), 1);

  // New items, served slowly, so the watcher is killed in the middle of a round.
  server.feeds.get('wire')!.items.push(105, 106, 107);
  server.feeds.get('desk')!.items.push(202, 203, 204, 205);
  server.pageDelayMs = 400;
  const child = startWatch();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let atKill = 0;
  for (let i = 0; i < 200 && atKill < 11; i++) {
    await sleep(50);
    atKill = (await storedUrls()).length;
  }
  child.kill('SIGKILL');
  await exited;
  assert.ok(atKill >= 11 && atKill < 14, `killed mid-round with ${atKill} documents stored`);

  server.pageDelayMs = 0;
  const restart = await runRiposte(['--db', db, 'watch', '--once', '--json', ...OPTIONS, ...feeds().slice(0, 2)], dir);
  assert.equal(restart.code, 0, restart.stderr);
  const round3 = [...reports(restart.stdout).values()];
  const inserted = round3.reduce((n, r) => n + r.summary.inserted, 0);
  const duplicates = round3.reduce((n, r) => n + r.summary.duplicates, 0);
  assert.equal(inserted, 14 - atKill, 'the restart stores exactly what the killed run had not');
  assert.ok(duplicates <= 1, 'at most the item being recorded at the kill is read again, and then found stored');
  const expected = [...pageUrls([100, 101, 102, 103, 104, 105, 106, 107, 200, 201, 202, 203, 204, 205])].sort();
  assert.deepEqual(await storedUrls(), expected, 'every item once: nothing lost, nothing twice');
  assert.equal(server.hits.get('/pages/100.html') ?? 0, 0, 'full feed items are never fetched as pages');
});

test('SIGTERM stops a running watch gracefully (exit 0)', { timeout: 60_000 }, async () => {
  const child = startWatch();
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  for (let i = 0; i < 300 && !stderr.includes('feed '); i++) await sleep(50);
  child.kill('SIGTERM');
  assert.equal(await exited, 0, stderr);
  assert.match(stderr, /watch stopped/);
});

test('ingest takes page and feed URLs; a faulty URL fails alone with its code', { timeout: 60_000 }, async () => {
  const run = await runRiposte(['--db', join(dir, 'urls.db'), 'ingest', '--json', '--timeout', '2s',
    `${server.url}/feeds/desk.xml`, `${server.url}/pages/9.html`, `${server.url}/loop`, 'file:///etc/passwd'], dir);
  assert.equal(run.code, 1, run.stderr);
  const summary = JSON.parse(run.stdout) as { inserted: number; failed: { code: string }[] };
  assert.equal(summary.inserted, server.feeds.get('desk')!.items.length + 1);
  assert.deepEqual(summary.failed.map((f) => f.code), ['fetch.redirects', 'fetch.scheme']);
  assert.match(run.stderr, /fetch\.redirects\s+\S+\/loop: more than 5 redirects/);
});
