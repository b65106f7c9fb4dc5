// npm run bench: articles per second of the full extraction pipeline on one core, and the ratio to a bare wink-nlp
// tokenising pass over the same text in the same run. The corpus is >= 2,000 articles built from corpus/ (our own
// articles) by rotating their paragraphs and actors, so no two are identical but all read like news.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createExtractor } from '../src/extraction/extract.ts';
import { readTextDocument } from '../src/ingestion/text.reader.ts';

const TARGET = Number(process.env.BENCH_ARTICLES ?? 2000);
const dir = new URL('../corpus/', import.meta.url).pathname;
const base = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => readTextDocument(readFileSync(join(dir, f), 'utf8'), f));
if (base.length === 0) throw new Error('bench: corpus/ has no .txt articles');

const SWAPS: [RegExp, string][] = [[/\bRussia\b/g, 'Belarus'], [/\bRussian\b/g, 'Belarusian'], [/\bBritain\b/g, 'Poland'],
  [/\bBritish\b/g, 'Polish'], [/\bMoscow\b/g, 'Minsk'], [/\bLondon\b/g, 'Warsaw']];
const articles: { text: string; published: string | null }[] = [];
for (let i = 0; articles.length < TARGET; i++) {
  const d = base[i % base.length]!;
  const round = Math.floor(i / base.length);
  const paras = d.text.split('\n\n');
  const rotated = [...paras.slice(round % paras.length), ...paras.slice(0, round % paras.length)].join('\n\n');
  const text = round % 2 ? SWAPS.reduce((t, [re, s]) => t.replace(re, s), rotated) : rotated;
  articles.push({ text: `${text}\n\nEdition ${round}.`, published: d.published });
}
const bytes = articles.reduce((n, a) => n + a.text.length, 0);

const extractor = createExtractor();
for (const a of articles.slice(0, 50)) { extractor.extract(a); extractor.nlp.tokenizeOnly(a.text); } // warm-up

function time(fn: () => void): number { const t = performance.now(); fn(); return (performance.now() - t) / 1000; }
let tokens = 0;
const bare = time(() => { for (const a of articles) tokens += extractor.nlp.tokenizeOnly(a.text); });
// A second reference: wink's default analysis (sentences, POS, entities, negation), what a plain wink user runs.
const winkDefault = winkNLP(model);
const standard = time(() => { for (const a of articles) winkDefault.readDoc(a.text); });
let events = 0;
const full = time(() => { for (const a of articles) events += extractor.extract(a).events.length; });

const rate = articles.length / full;
console.log(`corpus: ${articles.length} articles from ${base.length} originals, ${(bytes / 1e6).toFixed(1)} MB, ${tokens} tokens`);
console.log(`bare wink tokenising pass: ${bare.toFixed(2)} s (${(articles.length / bare).toFixed(0)} articles/s)`);
console.log(`full pipeline: ${full.toFixed(2)} s, ${rate.toFixed(0)} articles/s on one core, ${events} events`);
console.log(`wink default readDoc pass: ${standard.toFixed(2)} s (${(articles.length / standard).toFixed(0)} articles/s)`);
console.log(`ratio full/bare tokenising: ${(full / bare).toFixed(2)}x; full/wink default pass: ${(full / standard).toFixed(2)}x`);

// Storage throughput, PostgreSQL vs SQLite (issue 6): only when a PostgreSQL database is named.
const benchPg = process.env.RIPOSTE_BENCH_PG || process.env.RIPOSTE_TEST_PG;
if (benchPg) {
  const { benchStorage } = await import('./bench-storage.ts');
  for (const line of await benchStorage(articles, extractor, benchPg)) console.log(line);
} else {
  console.log('ingest into PostgreSQL vs SQLite: skipped (set RIPOSTE_BENCH_PG or RIPOSTE_TEST_PG to a postgres:// URL)');
}
