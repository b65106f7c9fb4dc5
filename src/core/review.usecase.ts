// Analyst review: confirm, reject or correct an event. Reviews are stored apart from extraction output (their own
// table, keyed by the deterministic event id), so re-ingest and re-extraction never touch them; they are shown and
// exported as a `correction` object beside the extracted values, never written over them.
import { z } from 'zod';
import { ACTION_TYPES } from './types.ts';
import { appError } from './errors.ts';
import type { EventReview, ReviewFields, Store, StoredEvent } from '../storage/store.ts';
import type { CorrectionRecord } from './acts.types.ts';

export type { CorrectionRecord } from './acts.types.ts';

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const STATE = /^[A-Za-z]{2,8}$/;

export const reviewInputSchema = z.object({
  status: z.enum(['confirmed', 'rejected', 'corrected']),
  fields: z.object({
    type: z.enum(ACTION_TYPES).optional(),
    actor: z.string().regex(STATE, 'a state code such as GBR').transform((s) => s.toUpperCase()).optional(),
    target: z.string().regex(STATE, 'a state code such as RUS').transform((s) => s.toUpperCase()).optional(),
    date: z.string().regex(DATE, 'a date YYYY, YYYY-MM or YYYY-MM-DD').nullable().optional(),
    count: z.number().int().min(0).max(1_000_000).nullable().optional(),
    retaliates_for: z.string().regex(/^evt_[0-9a-f]{16}$/, 'an event id evt_...').nullable().optional(),
  }).strict().default({}),
  note: z.string().max(2000).nullable().optional(),
}).strict();

export type ReviewInput = z.input<typeof reviewInputSchema>;

export function toCorrectionRecord(review: EventReview | undefined | null): CorrectionRecord | null {
  if (!review) return null;
  const { retaliatesFor, ...rest } = review.fields;
  const fields: CorrectionRecord['fields'] = { ...rest, ...(retaliatesFor !== undefined ? { retaliates_for: retaliatesFor } : {}) };
  return { status: review.status, fields, note: review.note, reviewed_at: review.reviewedAt };
}

function parseInput(input: unknown): z.output<typeof reviewInputSchema> {
  const parsed = reviewInputSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }));
    throw appError('request.invalid', `invalid review (${issues.map((i) => `${i.field}: ${i.message}`).join('; ')})`, issues);
  }
  if (parsed.data.status === 'corrected' && Object.keys(parsed.data.fields).length === 0) {
    throw appError('request.invalid', 'invalid review (fields: a correction changes at least one field)');
  }
  return parsed.data;
}

function anchors(event: StoredEvent): string[] {
  return event.reports.map((r) => r.id);
}

export async function reviewEvent(params: { store: Store; id: string; input: unknown; now?: Date }): Promise<EventReview> {
  const input = parseInput(params.input);
  const { store, id } = params;
  const event = await store.getEvent(id);
  if (!event) throw appError('events.not_found', `no event with id ${id}`);
  const reportId = event.reports[0]?.id;
  if (!reportId) throw appError('request.invalid', `event ${id} has no report to anchor a review to`);
  const { retaliates_for: link, ...rest } = input.fields;
  if (link === id) throw appError('request.invalid', 'invalid review (fields.retaliates_for: an event cannot answer itself)');
  if (link && !(await store.getEvent(link))) throw appError('request.invalid', `invalid review (fields.retaliates_for: no event ${link})`);
  const fields: ReviewFields = { ...rest, ...(link !== undefined ? { retaliatesFor: link } : {}) };
  const review: EventReview = {
    eventId: id, reportId, status: input.status, fields, note: input.note ?? null, reviewedAt: (params.now ?? new Date()).toISOString(),
  };
  // One review per act: older ones anchored to its other reports (two reviewed acts merged later) give way.
  await store.deleteReviews(anchors(event));
  await store.saveReview(review);
  return review;
}

export async function clearReview(params: { store: Store; id: string }): Promise<void> {
  const event = await params.store.getEvent(params.id);
  if (!event) throw appError('events.not_found', `no event with id ${params.id}`);
  if ((await params.store.deleteReviews(anchors(event))) === 0) throw appError('events.not_found', `no review of event ${params.id}`);
}

/** The review of each event (by current event id), found through its reports; the latest wins if several. */
export async function reviewsFor(store: Store, events: readonly StoredEvent[]): Promise<Map<string, EventReview>> {
  const eventOfReport = new Map(events.flatMap((e) => e.reports.map((r) => [r.id, e.id] as const)));
  if (eventOfReport.size === 0) return new Map();
  const out = new Map<string, EventReview>();
  for (const review of await store.listReviews([...eventOfReport.keys()])) {
    const eventId = eventOfReport.get(review.reportId);
    if (!eventId) continue;
    const seen = out.get(eventId);
    if (!seen || seen.reviewedAt < review.reviewedAt) out.set(eventId, { ...review, eventId });
  }
  return out;
}

/** The values an analyst sees: corrected fields over extracted ones. */
export function effectiveFields(event: StoredEvent, review: EventReview | undefined) {
  const f = review?.status === 'corrected' ? review.fields : {};
  return {
    type: f.type ?? event.type,
    actor: f.actor ?? event.actor,
    target: f.target ?? event.target,
    date: f.date !== undefined ? f.date : event.date,
    count: f.count !== undefined ? f.count : event.count,
    retaliatesFor: f.retaliatesFor !== undefined ? f.retaliatesFor : event.retaliatesFor,
  };
}
