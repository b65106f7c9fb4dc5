// One event as the event page shows it: the export record (with its correction), every report with its field spans,
// the act it answers and the acts that answer it (both with corrected links), and how it compares.
import { loadMissionSizes } from '../chains/missions.ts';
import { correctedEvent, responseKind, toActSummary } from './acts.models.ts';
import type { EventDetail } from './acts.types.ts';
import { getEvent } from './events.usecase.ts';
import { toEventRecord, toReportRecord } from './export.record.ts';
import { effectiveFields, reviewsFor } from './review.usecase.ts';
import type { Store } from '../storage/store.ts';

export type { EventDetail } from './acts.types.ts';

const RELATED_LIMIT = 1000;

export async function eventDetail(params: { store: Store; id: string }): Promise<EventDetail> {
  const { store, id } = params;
  const event = await getEvent({ store, id });
  const review = (await reviewsFor(store, [event])).get(id);
  const effective = toActSummary(event, review);
  const link = effectiveFields(event, review).retaliatesFor;
  const original = link ? await store.getEvent(link) : null;
  const originalReview = original ? (await reviewsFor(store, [original])).get(original.id) : undefined;
  const answers = original ? toActSummary(original, originalReview) : null;
  // Answers by their stored link (indexed), minus those an analyst re-linked elsewhere. An act linked to this one
  // only by a correction is not listed here (its own page shows the corrected link).
  const related = await store.listEvents({ retaliatesFor: id, limit: RELATED_LIMIT });
  const relatedReviews = await reviewsFor(store, related);
  const answeredBy = related
    .map((e) => toActSummary(e, relatedReviews.get(e.id)))
    .filter((a) => a.retaliates_for === id);
  const record = toEventRecord(event, review);
  return {
    ...record,
    reports: event.reports.map((r) => ({ ...toReportRecord(r), spans: r.report.spans })),
    effective,
    answers,
    answered_by: answeredBy,
    response: original ? responseKind(correctedEvent(event, review), correctedEvent(original, originalReview), loadMissionSizes()) : null,
  };
}
