// Shows how the pipeline reads one sentence: every refiner's candidates and the final events, with rule ids.
// With --file, reads a whole document (txt, HTML, JSONL) as ingest would and prints its events, one per line.
// Usage: node --import tsx scripts/explain.ts "<sentence>" [published YYYY-MM-DD]
//        node --import tsx scripts/explain.ts --file corpus/005-....txt
import { createExtractor } from '../src/extraction/extract.ts';
import { readPath } from '../src/ingestion/file.source.ts';

const args = process.argv.slice(2);
const ex = createExtractor();

if (args[0] === '--file' && args[1]) {
  for await (const r of readPath(args[1], {})) {
    if (!('document' in r)) { console.error(JSON.stringify(r)); continue; }
    const { text, published } = r.document;
    console.log(`published ${published}`);
    const out = ex.extract({ text, published });
    for (const e of out.events) {
      const d = e.spans.date ? `"${e.spans.date.text}"` : '';
      const link = e.retaliatesFor ? ` answers ${e.retaliatesFor} (${e.link?.kind} "${e.link?.cue}")` : '';
      console.log(`${e.key} ${e.type} ${e.actor}>${e.target} ${e.modality} ${e.date} ${d} n=${e.count ?? ''}${e.background ? ' bg' : ''}${link} [${e.rules.filter((x) => x.startsWith('date') || x.startsWith('actor') || x.startsWith('target')).join(' ')}]`);
      console.log(`    ${e.spans.trigger?.text}: ${e.sentence.slice(0, 170)}`);
    }
    for (const c of out.claims) console.log(`claim ${c.type} ${c.actor}>${c.target} ${c.count} ${c.countQualifier} from ${c.period.from}`);
  }
} else {
  const [sentence, published = '2026-02-02'] = args;
  if (!sentence) { console.error('usage: explain.ts "<sentence>" [published] | --file <path>'); process.exit(2); }
  const out = ex.extract({ text: sentence, published }, (line) => console.log(`  ${line}`));
  for (const e of out.events) {
    console.log(`${e.type} ${e.actor}>${e.target} ${e.modality} date=${e.date} count=${e.count} ${e.retaliatesFor ? `answers ${e.retaliatesFor}` : ''}`);
    for (const [field, span] of Object.entries(e.spans)) console.log(`    ${field}: "${span.text}" (${span.rule})`);
  }
  for (const c of out.claims) console.log(`claim ${c.type} ${c.actor}>${c.target} ${c.count} ${c.countQualifier} from ${c.period.from}`);
}
