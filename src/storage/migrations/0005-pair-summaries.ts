// The overview read from a small table instead of group-bys and counts over every event (173 ms uncached at 1M
// events): per direction, its events and reports (all modalities, for the totals) and its fact acts (the network),
// kept up to date inside the transactions that write events (pair-summary-table.ts). Filled here from what is
// already stored, so an existing database shows the same overview after upgrading.
import { sql, type Kysely, type Migration } from 'kysely';

export const migration0005: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('pair_summaries')
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('target', 'text', (c) => c.notNull())
      .addColumn('events', 'integer', (c) => c.notNull())
      .addColumn('reports', 'integer', (c) => c.notNull())
      // The network: fact events, the restoring ones among them, and the sum of their stated counts.
      .addColumn('acts', 'integer', (c) => c.notNull())
      .addColumn('restoring', 'integer', (c) => c.notNull())
      .addColumn('people', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('pair_summaries_pk', ['actor', 'target'])
      .execute();
    // The overview's order, so its top edges are an index walk.
    await sql`create index pair_summaries_rank on pair_summaries (acts desc, actor, target)`.execute(db);
    await sql`insert into pair_summaries (actor, target, events, reports, acts, restoring, people)
      select actor, target, count(*), sum(coalesce(r.n, 0)),
        sum(case when modality = 'fact' then 1 else 0 end),
        sum(case when modality = 'fact' and type = 'restore' then 1 else 0 end),
        sum(case when modality = 'fact' then coalesce(count, 0) else 0 end)
      from events left join (select event_id, count(*) as n from reports group by event_id) r on r.event_id = events.id
      group by actor, target`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('pair_summaries').execute();
  },
};
