// Analyst reviews, kept apart from extraction output, and the indexes the dashboard API needs at 1M events.
// event_reviews has no foreign key: re-extracting a document deletes and re-inserts its rows under the same
// deterministic ids (ids.ts), and merging may give an act a new event id, and a review must survive both. So it is
// keyed by the reviewed event's first report id (stable), with the event id kept for reference. `fields` is JSON text
// of ReviewFields.
// (0002 is taken by cross-document merging, written in parallel; Kysely runs both in name order.)
import { sql, type Kysely, type Migration } from 'kysely';

async function createReviews(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('event_reviews')
    .addColumn('report_id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('reviewed_at', 'text', (c) => c.notNull())
    .execute();
}

// events_pair_date: the pair view (both directions) in date order.
// events_fact_summary: the overview network as an index-only scan, already grouped by (actor, target).
// events_actor_date / events_target_date: one state's acts in a date range (event-filter.ts adds plain range bounds
// beside the overlap test so these can be used).
// events_list_order: the default event list order, `date is null, date, id`, so a page does not sort the table.
const INDEXES: Array<[name: string, table: string, columns: string[]]> = [
  ['events_pair_date', 'events', ['actor', 'target', 'date']],
  ['events_fact_summary', 'events', ['modality', 'actor', 'target', 'type', 'count']],
  ['events_actor_date', 'events', ['actor', 'date']],
  ['events_target_date', 'events', ['target', 'date']],
];

export const migration0003: Migration = {
  async up(db: Kysely<unknown>) {
    await createReviews(db);
    for (const [name, table, columns] of INDEXES) {
      await db.schema.createIndex(name).on(table).columns(columns).execute();
    }
    await sql`create index events_list_order on events ((date is null), date, id)`.execute(db);
    // Only answers, newest first, with what their size needs: "biggest escalations" is an index-only walk.
    await sql`create index events_answers_recent on events (date, id, modality, retaliates_for, goldstein, count)
      where retaliates_for is not null`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql`drop index events_answers_recent`.execute(db);
    await sql`drop index events_list_order`.execute(db);
    for (const [name] of INDEXES) await db.schema.dropIndex(name).execute();
    await db.schema.dropTable('event_reviews').execute();
  },
};
