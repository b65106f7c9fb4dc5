// Reading events: a page of event rows in a stable order, then their reports in one query per 500 events.
import { sql, type Kysely } from 'kysely';
import { chunks } from './chunks.ts';
import { eventFilterWhere } from './event-filter.ts';
import { toStoredEvent, toStoredReport } from './from-rows.ts';
import type { DB } from './schema.ts';
import type { EventFilter, StoredEvent, StoredReport } from './store.ts';

// SQLite accepts OFFSET only after a LIMIT, so an offset alone gets this bound (a valid bigint on PostgreSQL).
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

export async function listEvents(db: Kysely<DB>, filter: EventFilter = {}): Promise<StoredEvent[]> {
  const limit = checkedCount('limit', filter.limit);
  const offset = checkedCount('offset', filter.offset);
  let query = db.selectFrom('events').selectAll('events').where(eventFilterWhere(filter));
  if (filter.order === 'recent') {
    // Newest first, dated only (eventFilterWhere): walks the (date, id) index backwards.
    query = query.orderBy('events.date', 'desc').orderBy('events.id', 'desc');
  } else {
    // Undated events last on both dialects (SQLite sorts NULL first, PostgreSQL last), then date, then id
    // (the events_list_order index of migration 0003 holds exactly this order).
    query = query.orderBy(sql`${sql.ref('events.date')} is null`).orderBy('events.date').orderBy('events.id');
  }
  if (limit !== undefined || offset !== undefined) query = query.limit(limit ?? NO_LIMIT);
  if (offset !== undefined) query = query.offset(offset);
  const rows = await query.execute();
  const reports = await reportsByEvent(db, rows.map((r) => r.id));
  return rows.map((row) => toStoredEvent(row, reports.get(row.id) ?? []));
}

export async function countEvents(db: Kysely<DB>, filter: EventFilter = {}): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll().as('n'))
    .where(eventFilterWhere(filter))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function getEvent(db: Kysely<DB>, id: string): Promise<StoredEvent | null> {
  const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const reports = await reportsByEvent(db, [id]);
  return toStoredEvent(row, reports.get(id) ?? []);
}

/** Reports with their document's url/title/published, grouped by event, oldest publication first. */
async function reportsByEvent(db: Kysely<DB>, eventIds: string[]): Promise<Map<string, StoredReport[]>> {
  const byEvent = new Map<string, StoredReport[]>();
  for (const ids of chunks(eventIds)) {
    const rows = await db
      .selectFrom('reports')
      .innerJoin('documents', 'documents.id', 'reports.document_id')
      .select(['reports.id', 'reports.event_id', 'reports.document_id', 'reports.report'])
      .select(['documents.url', 'documents.title', 'documents.published'])
      .where('reports.event_id', 'in', ids)
      .orderBy(sql`${sql.ref('documents.published')} is null`)
      .orderBy('documents.published')
      .orderBy('reports.id')
      .execute();
    for (const row of rows) {
      const list = byEvent.get(row.event_id) ?? [];
      list.push(toStoredReport(row));
      byEvent.set(row.event_id, list);
    }
  }
  return byEvent;
}

function checkedCount(name: string, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`storage: ${name} must be a whole number >= 0`);
  return value;
}
