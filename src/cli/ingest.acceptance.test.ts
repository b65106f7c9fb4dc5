// Acceptance: 100 good documents and 5 corrupt files → 100 stored, 5 failures each with its code, exit 1;
// a second run over the same folder → 100 duplicates and 0 new events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { stat } from 'node:fs/promises';
import { CORRUPT_CODES, makeFolder, runRiposte } from './test-corpus.test-helpers.ts';
import type { IngestSummary } from '../core/ingest.usecase.ts';

test('a folder of 100 good and 5 corrupt documents: 100 stored, 5 coded failures, exit 1; re-run: 100 duplicates', { timeout: 120_000 }, async () => {
  const dir = await makeFolder(100, true);
  const cwd = join(dir, '..');
  assert.equal((await stat(join(dir, 'huge.txt'))).size, 21 * 1024 * 1024);
  const db = ['--db', join(cwd, 'acceptance.db')];

  const first = await runRiposte([...db, 'ingest', '--json', dir], cwd);
  assert.equal(first.code, 1, first.stderr);
  const summary = JSON.parse(first.stdout) as IngestSummary;
  assert.equal(summary.read, 100);
  assert.equal(summary.inserted, 100);
  assert.equal(summary.duplicates, 0);
  assert.ok(summary.events >= 100, `events found: ${summary.events}`);
  const failures = Object.fromEntries(summary.failed.map((f) => [f.origin.slice(dir.length + 1), f.code]));
  assert.deepEqual(failures, CORRUPT_CODES);
  for (const [name, code] of Object.entries(CORRUPT_CODES)) {
    assert.match(first.stderr, new RegExp(`${code.replace('.', '\\.')}\\s+\\S*${name.replace('.', '\\.')}: \\S`), `summary lists ${name}`);
  }
  assert.match(first.stderr, /read 100 documents: 100 new, 0 updated, 0 duplicates skipped, 5 failed/);

  const health = await runRiposte([...db, 'export', '--format', 'cameo'], cwd);
  assert.equal(new Set(health.stdout.trim().split('\n').map((row) => row.split('\t')[5])).size, 100, 'events from all 100 documents');

  const second = await runRiposte([...db, 'ingest', '--json', dir], cwd);
  assert.equal(second.code, 1, 'the corrupt files still fail');
  const again = JSON.parse(second.stdout) as IngestSummary;
  assert.deepEqual([again.read, again.inserted, again.updated, again.duplicates, again.events, again.failed.length], [100, 0, 0, 100, 0, 5]);
});

test('a folder of good documents only exits 0', { timeout: 60_000 }, async () => {
  const dir = await makeFolder(3, false);
  const run = await runRiposte(['--db', join(dir, '..', 'ok.db'), 'ingest', dir], join(dir, '..'));
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /read 3 documents: 3 new/);
});
