// npm run golden: rewrites test/golden/*/expected.events.json from the current extractor. Review the diff (git diff
// test/golden) like code: every changed line is a behaviour change a user would see.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldenView, GOLDEN_DIR, readGoldenInput } from '../test/helpers/golden.ts';
import { createExtractor } from '../src/extraction/extract.ts';

const extractor = createExtractor();
for (const name of readdirSync(GOLDEN_DIR).sort()) {
  const doc = readGoldenInput(join(GOLDEN_DIR, name));
  if (!doc) continue;
  const view = goldenView(extractor.extract(doc));
  writeFileSync(join(GOLDEN_DIR, name, 'expected.events.json'), `${JSON.stringify(view, null, 1)}\n`);
  console.log(`${name}: ${view.events.length} events, ${view.claims.length} claims`);
}
