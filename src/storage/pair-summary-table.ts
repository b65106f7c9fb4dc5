// pair_summaries (migration 0005): per direction, its events, reports and fact acts, so the overview reads a small
// table instead of grouping and counting every event. Each transaction that writes events or reports calls
// refreshPairSummaries with the directions it touched, after its last such write. The rows are recounted from the
// events (not incremented), so they cannot drift.
//
// Concurrency (PostgreSQL, read committed): the summary rows are locked FIRST, then recounted. A writer of the same
// direction that got the lock earlier has committed by then, and the recount, a new statement, sees its events; so
// the last writer to commit always leaves the true count. Locks are taken in one sorted order and as the
// transaction's last writes, so two writers cannot deadlock on them. SQLite has one writer at a time anyway.
import { sql, type ExpressionBuilder, type Transaction } from 'kysely';
import { chunks } from './chunks.ts';
import type { DB, PairSummariesTable } from './schema.ts';

export type Direction = readonly [actor: string, target: string];

const keyOf = ([actor, target]: Direction): string => JSON.stringify([actor, target]);

/** Unique directions in one fixed order (any order will do, as long as every writer uses the same). */
function sortedUnique(directions: Iterable<Direction>): Direction[] {
  const byKey = new Map<string, Direction>();
  for (const d of directions) byKey.set(keyOf(d), d);
  return [...byKey.keys()].sort().map((k) => byKey.get(k)!);
}

/** Recounts these directions and writes them; a direction left without events loses its row. */
export async function refreshPairSummaries(trx: Transaction<DB>, directions: Iterable<Direction>): Promise<void> {
  for (const part of chunks(sortedUnique(directions), 100)) {
    await lockRows(trx, part);
    const counts = await recount(trx, part);
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
    .values(part.map(([actor, target]) => ({ actor, target, events: 0, reports: 0, acts: 0, restoring: 0, people: 0 })))
    .onConflict((oc) => oc.columns(['actor', 'target']).doUpdateSet({ acts: (eb) => eb.ref('pair_summaries.acts') }))
    .execute();
}

type Counts = Omit<PairSummariesTable, 'actor' | 'target'>;

function inPart(part: readonly Direction[]) {
  return (eb: ExpressionBuilder<DB, 'events'>) =>
    eb.or(part.map(([a, t]) => eb.and([eb('events.actor', '=', a), eb('events.target', '=', t)])));
}

/** Directions with events get a row; three index walks (events_actor_target, events_fact_summary, reports_event_id). */
async function recount(trx: Transaction<DB>, part: readonly Direction[]): Promise<Map<string, Counts>> {
  const totals = await trx.selectFrom('events').select(['actor', 'target', (eb) => eb.fn.countAll().as('n')])
    .where(inPart(part)).groupBy(['actor', 'target']).execute();
  const reports = await trx.selectFrom('events').innerJoin('reports', 'reports.event_id', 'events.id')
    .select(['events.actor', 'events.target', (eb) => eb.fn.countAll().as('n')])
    .where(inPart(part)).groupBy(['events.actor', 'events.target']).execute();
  const facts = await trx.selectFrom('events')
    .select(['actor', 'target', (eb) => eb.fn.countAll().as('acts')])
    .select([
      sql<number>`sum(case when ${sql.ref('type')} = 'restore' then 1 else 0 end)`.as('restoring'),
      sql<number>`sum(coalesce(${sql.ref('count')}, 0))`.as('people'),
    ])
    .where('modality', '=', 'fact').where(inPart(part)).groupBy(['actor', 'target']).execute();
  const reportsOf = new Map(reports.map((r) => [keyOf([r.actor, r.target]), Number(r.n)]));
  const factsOf = new Map(facts.map((r) => [keyOf([r.actor, r.target]), r]));
  return new Map(totals.map((r) => {
    const key = keyOf([r.actor, r.target]);
    const f = factsOf.get(key);
    return [key, {
      events: Number(r.n), reports: reportsOf.get(key) ?? 0,
      acts: Number(f?.acts ?? 0), restoring: Number(f?.restoring ?? 0), people: Number(f?.people ?? 0),
    }];
  }));
}
