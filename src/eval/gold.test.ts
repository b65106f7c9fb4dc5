// Gold folders: pairs are found, bad gold files are reported with their file name and the faulty field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GoldError, loadGoldFolder, parseGold } from './gold.ts';

const SEED = fileURLToPath(new URL('../../../shared/seed/', import.meta.url));

test('the seed folder is one valid pair', () => {
  const cases = loadGoldFolder(SEED);
  assert.equal(cases.length, 1);
  assert.equal(cases[0]!.name, '000_b24bfe532129689f');
  assert.match(cases[0]!.inputPath, /\.txt$/);
  assert.equal(cases[0]!.gold.events.filter((e) => !e.optional).length, 5);
});

test('a bad gold names its file and each faulty field', () => {
  const bad = { events: [{ id: 'e1', type: 'expell', actor: 'Russia', target: 'GBR', date: '2026-13', modality: 'fact', evidence: 'x' }] };
  const result = parseGold(bad, 'x.gold.json');
  assert.ok('problems' in result);
  assert.deepEqual(result.problems.map((p) => p.split(':').slice(0, 2).join(':')),
    ['x.gold.json: events[0].type', 'x.gold.json: events[0].actor', 'x.gold.json: events[0].date']);
});

test('a link to an unknown id and duplicate ids are errors', () => {
  const ev = (id: string, to: string | null) => ({ id, type: 'expel', actor: 'RUS', target: 'GBR', date: '2026', modality: 'fact', evidence: 'x', retaliates_for: to });
  const result = parseGold({ events: [ev('e1', 'e9'), ev('e1', null)] }, 'y.gold.json');
  assert.ok('problems' in result);
  assert.equal(result.problems.length, 2);
  assert.match(result.problems.join('\n'), /duplicate id "e1"[\s\S]*"e9" is not another event/);
});

test('a folder: an unpaired gold and invalid JSON are reported together, naming the files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'riposte-gold-'));
  writeFileSync(join(dir, 'a.gold.json'), '{"events": []}');
  writeFileSync(join(dir, 'b.txt'), 'Title\n2026-02-02\nBody.');
  writeFileSync(join(dir, 'b.gold.json'), '{ not json');
  assert.throws(() => loadGoldFolder(dir), (err: unknown) => {
    assert.ok(err instanceof GoldError);
    assert.equal(err.problems.length, 2);
    assert.match(err.problems[0]!, /a\.gold\.json: no article next to it/);
    assert.match(err.problems[1]!, /b\.gold\.json: .*JSON/);
    return true;
  });
});
