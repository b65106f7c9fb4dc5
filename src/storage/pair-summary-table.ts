// pair_summaries (migration 0005): fact acts per direction, so the overview reads a small table instead of grouping
// every event. Each transaction that writes events calls refreshPairSummaries with the directions it touched, after
// its last event write. The rows are recomputed from the events (not incremented), so they cannot drift.
//
// Concurrency (PostgreSQL, read committed): the summary rows are locked FIRST, then recounted. A writer of the same
// direction that got the lock earlier has committed by then, and the recount, a new statement, sees its events; so
// the last writer to commit always leaves the true count. Locks are taken in one sorted order and as the
// transaction's last writes, so two writers cannot deadlock on them. SQLite has one writer at a time anyway.
import { sql, type Transaction } from 'kysely';
import { chunks } from './chunks.ts';
import type { DB } from './schema.ts';

export type Direction = readonly [actor: string, target: string];

const keyOf = ([actor, target]: Direction): string => JSON.stringify([actor, target]);

/** Unique directions in one fixed order (any order will do, as long as every writer uses the same). */
function sortedUnique(directions: Iterable<Direction>): Direction[] {
  const byKey = new Map<string, Direction>();
  for (const d of directions) byKey.set(keyOf(d), d);
  return [...byKey.keys()].sort().map((k) => byKey.get(k)!);
}

/** Recounts the fact acts of these directions and writes them; a direction left with none loses its row. */
export async function refreshPairSummaries(trx: Transaction<DB>, directions: Iterable<Direction>): Promise<void> {
  for (const part of chunks(sortedUnique(directions), 100)) {
    await lockRows(trx, part);
    const counts = await countFacts(trx, part);
    for (const [actor, target] of part) {
      const row = counts.get(keyOf([actor, target]));
      if (row) await trx.updateTable('pair_summaries').set(row).where('actor', '=', actor).where('target', '=', target).execute();
      else await trx.deleteFrom('pair_summaries').where('actor', '=', actor).where('target', '=', target).execute();
    }
  }
}

// An upsert that changes nothing: it creates a missing row and, on PostgreSQL, row-locks an existing one.
async function lockRows(trx: Transaction<DB>, part: readonly Direction[]): Promise<void> {
  await trx
    .insertInto('pair_summaries')
    .values(part.map(([actor, target]) => ({ actor, target, acts: 0, restoring: 0, people: 0 })))
    .onConflict((oc) => oc.columns(['actor', 'target']).doUpdateSet({ acts: (eb) => eb.ref('pair_summaries.acts') }))
    .execute();
}

type Counts = { acts: number; restoring: number; people: number };

/** The same figures the overview once grouped over all events, for these directions only (events_fact_summary). */
async function countFacts(trx: Transaction<DB>, part: readonly Direction[]): Promise<Map<string, Counts>> {
  const rows = await trx
    .selectFrom('events')
    .select(['actor', 'target'])
    .select((eb) => [
      eb.fn.countAll().as('acts'),
      sql<number>`sum(case when ${sql.ref('type')} = 'restore' then 1 else 0 end)`.as('restoring'),
      sql<number>`sum(coalesce(${sql.ref('count')}, 0))`.as('people'),
    ])
    .where('modality', '=', 'fact')
    .where((eb) => eb.or(part.map(([a, t]) => eb.and([eb('actor', '=', a), eb('target', '=', t)]))))
    .groupBy(['actor', 'target'])
    .execute();
  return new Map(rows.map((r) => [
    keyOf([r.actor, r.target]),
    { acts: Number(r.acts), restoring: Number(r.restoring ?? 0), people: Number(r.people ?? 0) },
  ]));
}
