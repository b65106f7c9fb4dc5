// /api/events: the filtered, paged list; one event with reports, spans, codes, links and its correction; reviews.
import type { Hono, MiddlewareHandler } from 'hono';
import { listEvents, parseEventFilter } from '../core/events.usecase.ts';
import { eventDetail } from '../core/event-detail.usecase.ts';
import { toEventRecord } from '../core/export.record.ts';
import { clearReview, reviewEvent, reviewsFor, toCorrectionRecord } from '../core/review.usecase.ts';
import { appError } from '../core/errors.ts';
import type { Store } from '../storage/store.ts';

export const DEFAULT_API_LIMIT = 100;
const EVENT_ID = /^evt_[0-9a-f]{16}$/;

function checkedId(id: string): string {
  if (!EVENT_ID.test(id)) throw appError('request.invalid', `invalid event id "${id}" (evt_ and 16 hex digits)`);
  return id;
}

async function jsonBody(req: { json(): Promise<unknown> }): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    throw appError('request.invalid', 'the body must be a JSON object');
  }
}

export function eventRoutes(app: Hono, deps: { store: Store; guard: MiddlewareHandler; onWrite: () => void }): void {
  const { store, guard, onWrite } = deps;

  app.get('/api/events', async (c) => {
    const query = c.req.query();
    const filter = parseEventFilter({ ...query, limit: query.limit ?? DEFAULT_API_LIMIT }, 'request.invalid');
    const { events, total } = await listEvents({ store, filter });
    const reviews = await reviewsFor(store, events);
    return c.json({
      total, limit: filter.limit, offset: filter.offset ?? 0, events: events.map((e) => toEventRecord(e, reviews.get(e.id))),
    });
  });

  app.get('/api/events/:id', async (c) => c.json(await eventDetail({ store, id: checkedId(c.req.param('id')) })));

  app.post('/api/events/:id/review', guard, async (c) => {
    const review = await reviewEvent({ store, id: checkedId(c.req.param('id')), input: await jsonBody(c.req) });
    onWrite();
    return c.json({ event: review.eventId, correction: toCorrectionRecord(review) });
  });

  app.delete('/api/events/:id/review', guard, async (c) => {
    await clearReview({ store, id: checkedId(c.req.param('id')) });
    onWrite();
    return c.body(null, 204);
  });
}
