// Analyst reviews (event_reviews): one row per anchor report, upserted; read back for any set of report ids.
import type { Kysely } from 'kysely';
import { chunks } from './chunks.ts';
import type { DB, EventReviewsTable } from './schema.ts';
import type { EventReview, ReviewFields, ReviewStatus } from './store.ts';

function toRow(review: EventReview): EventReviewsTable {
  return {
    report_id: review.reportId,
    event_id: review.eventId,
    status: review.status,
    fields: JSON.stringify(review.fields),
    note: review.note,
    reviewed_at: review.reviewedAt,
  };
}

function fromRow(row: EventReviewsTable): EventReview {
  return {
    eventId: row.event_id,
    reportId: row.report_id,
    status: row.status as ReviewStatus,
    fields: JSON.parse(row.fields) as ReviewFields,
    note: row.note,
    reviewedAt: row.reviewed_at,
  };
}

export async function saveReview(db: Kysely<DB>, review: EventReview): Promise<void> {
  const row = toRow(review);
  const { report_id: _id, ...changes } = row;
  await db
    .insertInto('event_reviews')
    .values(row)
    .onConflict((oc) => oc.column('report_id').doUpdateSet(changes))
    .execute();
}

export async function listReviews(db: Kysely<DB>, reportIds: readonly string[]): Promise<EventReview[]> {
  const out: EventReview[] = [];
  for (const ids of chunks([...new Set(reportIds)])) {
    const rows = await db.selectFrom('event_reviews').selectAll().where('report_id', 'in', ids).execute();
    out.push(...rows.map(fromRow));
  }
  return out;
}

export async function deleteReviews(db: Kysely<DB>, reportIds: readonly string[]): Promise<number> {
  let removed = 0;
  for (const ids of chunks([...new Set(reportIds)])) {
    const result = await db.deleteFrom('event_reviews').where('report_id', 'in', ids).executeTakeFirst();
    removed += Number(result.numDeletedRows);
  }
  return removed;
}
