// Each golden article must extract exactly as its reviewed expected.events.json says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor } from '../src/extraction/extract.ts';
import { goldenView, GOLDEN_DIR, readGoldenInput } from './helpers/golden.ts';

const extractor = createExtractor();
for (const name of readdirSync(GOLDEN_DIR).sort()) {
  test(`golden ${name}`, () => {
    const doc = readGoldenInput(join(GOLDEN_DIR, name));
    assert.ok(doc, `${name} has a readable input`);
    const expected = JSON.parse(readFileSync(join(GOLDEN_DIR, name, 'expected.events.json'), 'utf8'));
    assert.deepEqual(goldenView(extractor.extract(doc)), expected, 'run `npm run golden` and review the diff if intended');
  });
}
