// Shows how the pipeline reads one sentence: every refiner's candidates and the final events, with rule ids.
// Usage: npm run riposte -- ... or: node --import tsx scripts/explain.ts "<sentence>" [published YYYY-MM-DD]
import { createExtractor } from '../src/extraction/extract.ts';

const [sentence, published = '2026-02-02'] = process.argv.slice(2);
if (!sentence) { console.error('usage: explain.ts "<sentence>" [published]'); process.exit(2); }
const ex = createExtractor();
const out = ex.extract({ text: sentence, published }, (line) => console.log(`  ${line}`));
for (const e of out.events) {
  console.log(`${e.type} ${e.actor}>${e.target} ${e.modality} date=${e.date} count=${e.count} ${e.retaliatesFor ? `answers ${e.retaliatesFor}` : ''}`);
  for (const [field, span] of Object.entries(e.spans)) console.log(`    ${field}: "${span.text}" (${span.rule})`);
}
for (const c of out.claims) console.log(`claim ${c.type} ${c.actor}>${c.target} ${c.count} ${c.countQualifier} from ${c.period.from}`);
