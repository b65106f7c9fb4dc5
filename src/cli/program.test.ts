// runCli in-process with injected dependencies: a memory store, a fake server, captured output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli } from './program.ts';
import type { CliDeps, Output } from './context.ts';
import { createMemoryStore } from '../core/memory-store.test-helpers.ts';
import { createExtractor } from '../extraction/extract.ts';
import { makeFolder, SEED_DIR } from './test-corpus.test-helpers.ts';
import type { Store } from '../storage/store.ts';

const extractor = createExtractor();

function capture(isTTY = false): Output & { text: () => string } {
  const chunks: string[] = [];
  return { isTTY, write: (s: string) => { chunks.push(s); return true; }, text: () => chunks.join('') };
}

function fakeDeps(store: Store, options: { corpusDir?: string; tty?: boolean } = {}) {
  const stdout = capture(options.tty);
  const stderr = capture(false);
  const listened: number[] = [];
  const deps: CliDeps = {
    stdout, stderr, env: {}, corpusDir: options.corpusDir ?? '/nonexistent/corpus',
    openStore: async () => store,
    createExtractor: () => extractor,
    listen: async (_app, { port }) => {
      listened.push(port);
      return { url: `http://localhost:${port}`, close: async () => {}, closed: Promise.resolve() };
    },
  };
  return { deps, stdout, stderr, listened };
}

test('start ingests the corpus into an empty database, then serves and prints the address', async () => {
  const store = createMemoryStore();
  const corpus = await makeFolder(4, false);
  const { deps, stdout, stderr, listened } = fakeDeps(store, { corpusDir: corpus });
  assert.equal(await runCli(['start', '--port', '9000'], deps), 0);
  assert.equal((await store.stats()).documents, 4);
  assert.deepEqual(listened, [9000]);
  assert.match(stdout.text(), /serving http:\/\/localhost:9000/);
  assert.match(stderr.text(), /read 4 documents: 4 new/);

  const again = fakeDeps(store, { corpusDir: corpus });
  assert.equal(await runCli(['start'], again.deps), 0);
  assert.match(again.stderr.text(), /holds 4 documents; not ingesting/);
  assert.deepEqual(again.listened, [8787]);
});

test('start without a corpus folder still serves', async () => {
  const { deps, stderr, listened } = fakeDeps(createMemoryStore(), { corpusDir: join(SEED_DIR, 'missing') });
  assert.equal(await runCli(['start', '--port', '0'], deps), 0);
  assert.match(stderr.text(), /no sample corpus/);
  assert.deepEqual(listened, [0]);
});

test('show uses ANSI colours when stdout is a terminal; no progress bar when stderr is not', async () => {
  const store = createMemoryStore();
  const ingest = fakeDeps(store);
  assert.equal(await runCli(['ingest', SEED_DIR], ingest.deps), 0);
  assert.doesNotMatch(ingest.stderr.text(), /\x1b\[/);
  const [event] = await store.listEvents({ actor: 'GBR', type: 'expel' });
  const shown = fakeDeps(store, { tty: true });
  assert.equal(await runCli(['show', event!.id], shown.deps), 0);
  assert.ok(shown.stdout.text().includes('\x1b[1;31mrevoked the accreditation\x1b[0m'));
  assert.doesNotMatch(shown.stdout.text(), /\[trigger: /);
});

test('--db and RIPOSTE_DB choose the database; serve rejects a bad port with exit 2', async () => {
  const opened: (string | undefined)[] = [];
  const store = createMemoryStore();
  const { deps } = fakeDeps(store);
  const spying: CliDeps = { ...deps, env: { RIPOSTE_DB: 'env.db' }, openStore: async (url) => { opened.push(url); return store; } };
  await runCli(['events'], spying);
  await runCli(['--db', 'flag.db', 'events'], spying);
  await runCli(['claims', '--db', 'after.db'], spying);
  assert.deepEqual(opened, ['env.db', 'flag.db', 'after.db']);
  assert.equal(await runCli(['serve', '--port', '99999'], deps), 2);
});
