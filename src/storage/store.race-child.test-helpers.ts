// Child process for the contract suite's cross-process race: opens the store at argv[2], saves fixture
// document A twice at once, and prints the outcomes as JSON. Run with `node --import tsx`.
import { openStore } from './open-store.ts';
import { docA, extractionA } from './store.fixtures.test-helpers.ts';

const url = process.argv[2];
if (!url) throw new Error('usage: store.race-child.test-helpers.ts <database url>');
const store = await openStore(url);
try {
  const outcomes = await Promise.all([store.saveDocument(docA, extractionA), store.saveDocument(docA, extractionA)]);
  process.stdout.write(JSON.stringify(outcomes));
} finally {
  await store.close();
}
