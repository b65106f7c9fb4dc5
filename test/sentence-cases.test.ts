// One table per stage (test/cases/*.cases.json, written independently of the rules). Cases listed in
// known-failures.json must still fail: a fix makes the test fail until the id is removed, so the list only shrinks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createExtractor } from '../src/extraction/extract.ts';
import { CASES_DIR, checkCase, loadCaseFiles } from './helpers/cases.ts';

const extractor = createExtractor();
const known = new Set<string>(JSON.parse(readFileSync(`${CASES_DIR}known-failures.json`, 'utf8')).ids);
const summary: string[] = [];

for (const { file, cases } of loadCaseFiles()) {
  let passed = 0;
  for (const c of cases) {
    const { problems, output } = checkCase(extractor, c);
    if (problems.length === 0) passed++;
    test(`${file} ${c.id}`, () => {
      if (known.has(c.id)) {
        assert.ok(problems.length > 0, `${c.id} now passes: remove it from known-failures.json`);
        return;
      }
      assert.deepEqual(problems, [], `${c.sentence}\n  got: ${JSON.stringify(output.events.map((e) => [e.type, e.actor, e.target, e.modality, e.date, e.count]))}`);
    });
  }
  summary.push(`${file}: ${passed}/${cases.length} pass (${((100 * passed) / cases.length).toFixed(1)}%)`);
}

test('sentence case summary', () => {
  console.log(`# sentence cases\n# ${summary.join('\n# ')}`);
  assert.ok(summary.length >= 6);
});
