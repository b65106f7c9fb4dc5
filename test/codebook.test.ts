// The codebook is data checked at load: every trigger rule's example must produce an event of its type through
// that rule, and a broken data file must stop the program with the file's name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExtractor } from '../src/extraction/extract.ts';
import { DEFAULT_DATA_DIR, loadCodebook } from '../src/codebook/codebook.loader.ts';

const extractor = createExtractor();

test('every trigger rule fires on its own example sentence', () => {
  const misses: string[] = [];
  for (const rule of extractor.codebook.triggers) {
    const out = extractor.extract({ text: rule.example, published: '2026-02-02' });
    const viaRule = [...out.events, ...out.claims].some((e) => e.rules.includes(rule.id));
    if (!viaRule) misses.push(`${rule.id}: "${rule.example}" → ${out.events.map((e) => `${e.type} ${e.actor}>${e.target} [${e.rules[0]}]`).join(', ') || 'nothing'}`);
  }
  assert.deepEqual(misses, [], misses.join('\n'));
});

test('a rule without an example is refused at load, naming the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'riposte-codebook-'));
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  const file = join(dir, 'rules/triggers.json');
  const data = JSON.parse(readFileSync(file, 'utf8'));
  delete data.rules[0].example;
  writeFileSync(file, JSON.stringify(data));
  assert.throws(() => loadCodebook(extractor.nlp, dir), /rules\/triggers\.json is invalid/);
});

test('a misspelt action type is refused at load', () => {
  const dir = mkdtempSync(join(tmpdir(), 'riposte-codebook-'));
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  const file = join(dir, 'rules/triggers.json');
  const data = JSON.parse(readFileSync(file, 'utf8'));
  data.rules[0].type = 'expell';
  writeFileSync(file, JSON.stringify(data));
  assert.throws(() => loadCodebook(extractor.nlp, dir), /triggers\.json is invalid/);
});
