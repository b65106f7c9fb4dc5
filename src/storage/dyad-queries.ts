// Writing the merged state of one dyad (chains/ computes it): the pair is read, planned and written in one
// transaction that holds the pair's lock, so two writers of one pair apply one after the other, each over the
// other's result; readers never see a report without its event.
import { sql, type Kysely, type Transaction } from 'kysely';
import { chunks } from './chunks.ts';
import type { DB, EventsTable } from './schema.ts';
import { listEvents } from './event-queries.ts';
import { refreshPairSummaries } from './pair-summary-table.ts';
import type { MergedEvent, StoredEvent } from './store.ts';
import { toMergedEventRow } from './to-rows.ts';

const UPDATED_COLUMNS: Array<Exclude<keyof EventsTable, 'id'>> = [
  'type', 'actor', 'target', 'actor_text', 'target_text', 'actor_sector', 'target_sector', 'date', 'date_granularity',
  'deadline', 'count', 'count_qualifier', 'modality', 'background', 'from_reference', 'retaliates_for', 'link_kind',
  'link_cue', 'link_confidence', 'link_reason', 'cameo', 'goldstein', 'plover_type', 'plover_mode', 'plover_context',
];

export async function updateDyad(db: Kysely<DB>, dialect: 'sqlite' | 'postgres', pair: [string, string],
  plan: (events: StoredEvent[]) => readonly MergedEvent[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (dialect === 'postgres') {
      // A transaction-level advisory lock per pair: released at commit; a hash collision only serialises more.
      await sql`select pg_advisory_xact_lock(hashtext(${`riposte:dyad:${pair.join('|')}`}))`.execute(trx);
    } else {
      // SQLite: take the write lock before reading (a statement that writes nothing still does), so another
      // process cannot write the pair between this read and this write.
      await trx.deleteFrom('events').where(sql<boolean>`0 = 1`).execute();
    }
    await writeDyad(trx, pair, plan(await listEvents(trx, { pair })));
  });
}

async function writeDyad(trx: Transaction<DB>, [a, b]: [string, string], merged: readonly MergedEvent[]): Promise<void> {
  const old = await trx.selectFrom('events').select('id')
    .where((eb) => eb.or([
      eb.and([eb('actor', '=', a), eb('target', '=', b)]),
      eb.and([eb('actor', '=', b), eb('target', '=', a)]),
    ]))
    .execute();
  for (const part of chunks(merged.map((m) => toMergedEventRow(m.event)), 50)) {
    await trx.insertInto('events').values(part)
      .onConflict((oc) => oc.column('id').doUpdateSet((eb) =>
        Object.fromEntries(UPDATED_COLUMNS.map((c) => [c, eb.ref(`excluded.${c}`)])) as never))
      .execute();
  }
  for (const m of merged) {
    for (const ids of chunks(m.reportIds)) {
      await trx.updateTable('reports').set({ event_id: m.event.id }).where('id', 'in', ids).where('event_id', '<>', m.event.id).execute();
    }
  }
  const keep = new Set(merged.map((m) => m.event.id));
  for (const ids of chunks(old.map((r) => r.id).filter((id) => !keep.has(id)))) {
    await trx.deleteFrom('events').where('id', 'in', ids)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('reports').select('reports.id').whereRef('reports.event_id', '=', 'events.id'))))
      .execute();
  }
  // Last, after every event write (see pair-summary-table.ts for why).
  await refreshPairSummaries(trx, [[a, b], [b, a], ...merged.map((m) => [m.event.actor, m.event.target] as const)]);
}

/** Every pair of states with at least one event between them, each pair once (smaller code first), sorted. */
export async function listDyads(db: Kysely<DB>): Promise<Array<[string, string]>> {
  const rows = await db.selectFrom('events').select(['actor', 'target']).distinct().execute();
  const keys = new Set(rows.map((r) => (r.actor <= r.target ? `${r.actor}|${r.target}` : `${r.target}|${r.actor}`)));
  return [...keys].sort().map((k) => k.split('|') as [string, string]);
}
