// Ingest throughput into SQLite and PostgreSQL, same documents, same run (appended to `npm run bench` when
// RIPOSTE_BENCH_PG or RIPOSTE_TEST_PG names a PostgreSQL database). Two figures per backend: the whole ingest
// usecase (what `riposte ingest` runs: extract, save in one transaction per document, re-merge the pairs of states
// touched) and saveDocument alone (extractions done beforehand), which isolates the database. Bounded: at most BENCH_STORE_ARTICLES documents and BENCH_STORE_SECONDS
// per measurement; a run cut short says so.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { ingest } from '../src/core/ingest.usecase.ts';
import type { Extraction, SourceDocument } from '../src/core/types.ts';
import type { ReadResult } from '../src/ingestion/types.ts';
import { finishDocument } from '../src/ingestion/identity.ts';
import { openStore } from '../src/storage/open-store.ts';
import type { Store } from '../src/storage/store.ts';

export interface BenchArticle { text: string; published: string | null }
interface Extractor { extract(input: { text: string; published: string | null }): Extraction }

const LIMIT = Number(process.env.BENCH_STORE_ARTICLES ?? 500);
const BUDGET_MS = Number(process.env.BENCH_STORE_SECONDS ?? 20) * 1000;

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try { await client.query(statement); } finally { await client.end(); }
}

interface Target { name: string; open(): Promise<Store>; dispose(): Promise<void> }

function sqliteTarget(): Target {
  const dir = mkdtempSync(join(tmpdir(), 'riposte-bench-'));
  return { name: 'SQLite', open: () => openStore(join(dir, `${randomBytes(4).toString('hex')}.db`)), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
}

function postgresTarget(url: string): Target {
  const schemas: string[] = [];
  return {
    name: 'PostgreSQL',
    open: async () => {
      const schema = `riposte_bench_${randomBytes(5).toString('hex')}`;
      await admin(url, `CREATE SCHEMA ${schema}`);
      schemas.push(schema);
      return openStore(`${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`);
    },
    dispose: async () => { for (const s of schemas) await admin(url, `DROP SCHEMA ${s} CASCADE`); },
  };
}

interface Measured { done: number; seconds: number; rate: number }

/** Into a fresh database, within the time budget: the ingest usecase, or bare saves of ready extractions. */
async function measure(target: Target, docs: SourceDocument[], extractor: Extractor, ready: Extraction[] | null): Promise<Measured> {
  const store = await target.open();
  try {
    const started = performance.now();
    let done = 0;
    if (ready) {
      for (const [i, doc] of docs.entries()) {
        await store.saveDocument(doc, ready[i]!);
        done++;
        if (performance.now() - started > BUDGET_MS) break;
      }
    } else {
      const read = async function* (): AsyncGenerator<ReadResult> {
        for (const doc of docs) {
          if (performance.now() - started > BUDGET_MS) return;
          yield { origin: doc.origin, document: doc };
        }
      };
      done = (await ingest({ store, extractor, targets: [], read })).read;
    }
    const seconds = (performance.now() - started) / 1000;
    return { done, seconds, rate: done / seconds };
  } finally {
    await store.close();
  }
}

export async function benchStorage(articles: BenchArticle[], extractor: Extractor, pgUrl: string): Promise<string[]> {
  const docs = articles.slice(0, LIMIT).map((a, i) => finishDocument({
    url: `https://bench.example/article-${i}`, title: `Bench article ${i}`, published: a.published, body: a.text,
    outlet: null, format: 'text', origin: `bench:${i}`,
  }));
  const extractions = docs.map((d) => extractor.extract({ text: d.text, published: d.published }));
  const lines: string[] = [];
  const figures: Record<string, { ingest: number; save: number }> = {};
  for (const target of [sqliteTarget(), postgresTarget(pgUrl)]) {
    try {
      const whole = await measure(target, docs, extractor, null);
      const save = await measure(target, docs, extractor, extractions);
      figures[target.name] = { ingest: whole.rate, save: save.rate };
      const cut = (m: Measured) => (m.done < docs.length ? ` (stopped at the ${BUDGET_MS / 1000} s budget)` : '');
      lines.push(`ingest into ${target.name}: ${whole.done} articles in ${whole.seconds.toFixed(2)} s, ${whole.rate.toFixed(0)} articles/s` +
        ` (ingest usecase)${cut(whole)}; save only: ${save.rate.toFixed(0)} articles/s${cut(save)}`);
    } finally {
      await target.dispose();
    }
  }
  const { SQLite: lite, PostgreSQL: post } = figures;
  if (lite && post) {
    lines.push(`ingest PostgreSQL/SQLite: ${(post.ingest / lite.ingest).toFixed(2)}x (ingest usecase), ${(post.save / lite.save).toFixed(2)}x (save only), same ${docs.length} articles, one process`);
  }
  return lines;
}
