// Issue 6, acceptance 2: four `riposte ingest` PROCESSES write 2,000 generated documents into one PostgreSQL
// database at once, with overlapping inputs (every document is in two writers' files): 0 duplicates, 0 losses, and
// the merged events are those one writer alone would have produced.
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import pg from 'pg';
import type { IngestSummary } from '../core/ingest.usecase.ts';
import { articleJsonl, generatedArticle } from '../ingestion/generated-articles.test-helpers.ts';
import { runRiposte } from '../cli/test-corpus.test-helpers.ts';
import { refreshAll } from '../chains/chains.usecases.ts';
import { freshDatabase, skipReason } from './store.backends.test-helpers.ts';

const DOCUMENTS = 2000;
const WRITERS = 4;
const PER_WRITER = (DOCUMENTS / WRITERS) * 2;

const urlOf = (i: number) => `https://wire.example/2026/story-${i}`;

/** Writer k reads documents k*500-250 .. k*500+749 (mod 2000): each document is in exactly two files. */
function writerInput(k: number): string {
  const start = k * (DOCUMENTS / WRITERS) - DOCUMENTS / WRITERS / 2;
  const lines = Array.from({ length: PER_WRITER }, (_, j) => {
    const i = (start + j + DOCUMENTS) % DOCUMENTS;
    return articleJsonl(generatedArticle(i), urlOf(i));
  });
  return `${(k % 2 ? lines.reverse() : lines).join('\n')}\n`;
}

async function rows(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const count = async (url: string, sql: string): Promise<number> => Number((await rows(url, sql))[0]!.n);

/** The merged state: each event with its link and its reports. */
const MERGED = `select e.id, e.retaliates_for, e.count, string_agg(r.id, ' ' order by r.id) as reports
  from events e join reports r on r.event_id = e.id group by e.id, e.retaliates_for, e.count order by e.id`;

/** The overview's per-direction table against a fresh count (both ways round): rows that differ. */
const FRESH_COUNT = `select actor, target, count(*) as events, sum(coalesce(r.n, 0)) as reports,
  sum(case when modality = 'fact' then 1 else 0 end) as acts,
  sum(case when modality = 'fact' and type = 'restore' then 1 else 0 end) as restoring,
  sum(case when modality = 'fact' then coalesce(count, 0) else 0 end) as people
  from events left join (select event_id, count(*) as n from reports group by event_id) r on r.event_id = events.id
  group by actor, target`;
const SUMMARY = 'select actor, target, events, reports, acts, restoring, people from pair_summaries';
const SUMMARY_DRIFT = `select count(*) as n from ((${SUMMARY} except ${FRESH_COUNT}) union all (${FRESH_COUNT} except ${SUMMARY})) d`;

const reason = skipReason('postgres');
test(`${WRITERS} concurrent ingest processes, ${DOCUMENTS} documents, overlapping inputs, on PostgreSQL`, { skip: reason ?? false, timeout: 600_000 }, async () => {
  const database = await freshDatabase('postgres');
  try {
    await (await database.open()).close(); // migrate once up front (the writers would also cope, one at a time)
    const dir = await mkdtemp(join(tmpdir(), 'riposte-writers-'));
    const files = await Promise.all(Array.from({ length: WRITERS }, async (_, k) => {
      const file = join(dir, `writer-${k}.jsonl`);
      await writeFile(file, writerInput(k));
      return file;
    }));
    const runs = await Promise.all(files.map((file) => runRiposte(['--db', database.url, 'ingest', '--json', file], dir)));
    const summaries = runs.map((run) => {
      assert.equal(run.code, 0, run.stderr);
      return JSON.parse(run.stdout) as IngestSummary;
    });
    const total = (key: 'read' | 'inserted' | 'duplicates' | 'nearDuplicates' | 'updated') => summaries.reduce((n, s) => n + s[key], 0);
    assert.equal(total('read'), DOCUMENTS * 2);
    assert.equal(summaries.flatMap((s) => s.failed).length, 0);
    assert.equal(total('updated'), 0);
    assert.equal(total('inserted') + total('nearDuplicates'), DOCUMENTS, 'each document stored by exactly one writer');
    assert.equal(total('duplicates'), DOCUMENTS, 'and found stored by the other');
    const url = database.url;
    assert.equal(await count(url, 'select count(*) as n from documents'), DOCUMENTS, '0 losses');
    assert.equal(await count(url, 'select count(distinct url) as n from documents'), DOCUMENTS, '0 duplicates');
    assert.equal(await count(url, `select count(*) as n from documents where url not like 'https://wire.example/2026/story-%'`), 0);
    assert.equal(await count(url, 'select count(*) as n from (select document_id, key from reports group by 1, 2 having count(*) > 1) d'), 0);
    assert.equal(await count(url, 'select count(*) as n from reports r left join events e on e.id = r.event_id where e.id is null'), 0);
    assert.ok(await count(url, 'select count(*) as n from events') >= DOCUMENTS / 2, 'the documents produced events');
    assert.ok(await count(url, 'select count(*) as n from pair_summaries') > 0);
    assert.equal(await count(url, SUMMARY_DRIFT), 0, 'concurrent writers left the overview counts true');
    // Writers of one pair waited for each other (the pair lock): merging everything again from scratch changes nothing.
    const merged = await rows(url, MERGED);
    const store = await database.open();
    try {
      await refreshAll({ store });
    } finally {
      await store.close();
    }
    assert.deepEqual(await rows(url, MERGED), merged, 'concurrent writers left every pair as one fresh merge would');
  } finally {
    await database.dispose();
  }
});
