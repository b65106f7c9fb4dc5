// riposte ledger / chain / claims over the seed, in-process on a temporary SQLite file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './program.ts';
import type { CliDeps, Output } from './context.ts';
import { createExtractor } from '../extraction/extract.ts';
import { openStore } from '../storage/open-store.ts';
import { SEED_DIR } from './test-corpus.test-helpers.ts';

function capture(): Output & { text: () => string } {
  const chunks: string[] = [];
  return { isTTY: false, write: (s: string) => { chunks.push(s); return true; }, text: () => chunks.join('') };
}

async function run(file: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = capture();
  const stderr = capture();
  const deps: CliDeps = {
    stdout, stderr, env: {}, corpusDir: '/nonexistent', openStore: () => openStore(file), createExtractor: () => createExtractor(),
    listen: async () => { throw new Error('no server in this test'); },
  };
  const code = await runCli(args, deps);
  return { code, out: stdout.text(), err: stderr.text() };
}

test('ledger GBR RUS, chain <id> and claims show the seed\'s exchange with cue, counts and verdict', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'riposte-ledger-'));
  const file = join(dir, 'riposte.db');
  try {
    assert.equal((await run(file, ['ingest', SEED_DIR])).code, 0);
    const ledger = await run(file, ['ledger', 'gbr', 'RUS']);
    assert.equal(ledger.code, 0, ledger.err);
    assert.match(ledger.out, /GBR → RUS: \d+ acts, 1 people/);
    assert.match(ledger.out, /RUS → GBR: \d+ acts, 1 people/);
    assert.match(ledger.out, /PROPORTIONATE \(count 1:1\)\n {4}2026-02-02 {2}GBR→RUS expel 1 {2}\[(evt_[0-9a-f]{16})\]\n {4}answers 2026-01 {2}RUS→GBR expel 1/);
    assert.match(ledger.out, /link: explicit, "in retaliation for"/);
    assert.match(ledger.out, /2026-01 RUS→GBR expel 1 {2}-> {2}2026-02-02 GBR→RUS expel 1/);

    const id = /2026-02-02 {2}GBR→RUS expel 1 {2}\[(evt_[0-9a-f]{16})\]/.exec(ledger.out)![1]!;
    const chain = await run(file, ['chain', id]);
    assert.equal(chain.code, 0, chain.err);
    assert.match(chain.out, /^2026-01 {2}RUS→GBR expel 1 {2}\[evt_[0-9a-f]{16}\]\n {2}-> 2026-02-02 {2}GBR→RUS expel 1 {2}\[evt_[0-9a-f]{16}\]\n {7}explicit, "in retaliation for" \(0\.95\)\n$/);
    const json = JSON.parse((await run(file, ['ledger', 'GBR', 'RUS', '--json'])).out);
    assert.equal(json.responses[0].flag, 'proportionate');

    const claims = await run(file, ['claims']);
    assert.match(claims.out, /verdict unknown \(ledger 1 people\)/);
    assert.match(claims.out, /acts: 2026-01 1 \[evt_[0-9a-f]{16}\]/);

    assert.equal((await run(file, ['chain', 'evt_0000000000000000'])).code, 1);
    assert.equal((await run(file, ['ledger', 'GBR', 'not a code'])).code, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
