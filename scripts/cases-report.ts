// Prints every failing sentence case with its problems, and rewrites test/cases/known-failures.json when called
// with --write. Used while working on rules; review the diff of the known-failures file like code.
import { writeFileSync } from 'node:fs';
import { createExtractor } from '../src/extraction/extract.ts';
import { CASES_DIR, checkCase, loadCaseFiles } from '../test/helpers/cases.ts';

const extractor = createExtractor();
const failing: string[] = [];
let total = 0;
for (const { file, cases } of loadCaseFiles()) {
  let ok = 0;
  for (const c of cases) {
    total++;
    const { problems } = checkCase(extractor, c);
    if (problems.length === 0) { ok++; continue; }
    failing.push(c.id);
    if (!process.argv.includes('--quiet')) console.log(`${file} ${c.id}: ${problems.join('; ')}\n    ${c.sentence}`);
  }
  console.log(`== ${file}: ${ok}/${cases.length}`);
}
console.log(`total: ${total - failing.length}/${total} pass`);
if (process.argv.includes('--write')) {
  writeFileSync(`${CASES_DIR}known-failures.json`, `${JSON.stringify({ description: 'Sentence cases that fail today. Remove an id when its case passes; never add one to make a build green without saying why in the commit.', ids: failing }, null, 1)}\n`);
}
