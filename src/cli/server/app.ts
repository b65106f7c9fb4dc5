// The minimal JSON API and home page over the same usecases as the CLI. Errors are AppErrors mapped to HTTP status
// in core/errors.ts; bad query parameters are `request.invalid` (400), unknown ids `events.not_found` (404).
import { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../../storage/store.ts';
import { appError, httpStatusFor, toAppError } from '../../core/errors.ts';
import { getEvent, listEvents, parseEventFilter } from '../../core/events.usecase.ts';
import { listClaims } from '../../core/claims.usecase.ts';
import { toEventRecord } from '../../core/export.ts';
import { renderHome } from './html.ts';

export const DEFAULT_API_LIMIT = 100;
export const HOME_EVENTS = 50;

const pageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(DEFAULT_API_LIMIT),
  offset: z.coerce.number().int().min(0).default(0),
}).strict();

function parsePage(query: Record<string, string>): { limit: number; offset: number } {
  const parsed = pageSchema.safeParse(query);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || '(query)', message: issue.message }));
  throw appError('request.invalid', `invalid query (${issues.map((i) => `${i.field}: ${i.message}`).join('; ')})`, issues);
}

export function createApp(deps: { store: Store }): Hono {
  const { store } = deps;
  const app = new Hono();

  app.onError((err, c) => {
    const error = toAppError(err);
    const body = { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
    return c.json(body, httpStatusFor(error.code));
  });
  app.notFound((c) => c.json({ error: { code: 'route.not_found', message: `no route ${c.req.method} ${c.req.path}` } }, 404));

  app.get('/api/health', async (c) => c.json({ ok: true, dialect: store.dialect, ...(await store.stats()) }));

  app.get('/api/events', async (c) => {
    const query = c.req.query();
    const filter = parseEventFilter({ ...query, limit: query.limit ?? DEFAULT_API_LIMIT }, 'request.invalid');
    const { events, total } = await listEvents({ store, filter });
    return c.json({ total, limit: filter.limit, offset: filter.offset ?? 0, events: events.map(toEventRecord) });
  });

  app.get('/api/events/:id', async (c) => c.json(toEventRecord(await getEvent({ store, id: c.req.param('id') }))));

  app.get('/api/claims', async (c) => c.json({ claims: await listClaims({ store }) }));

  app.get('/api/documents', async (c) => {
    const page = parsePage(c.req.query());
    return c.json({ ...page, documents: await store.listDocuments(page) });
  });

  app.get('/', async (c) => {
    const [events, stats] = await Promise.all([store.listEvents({ limit: HOME_EVENTS }), store.stats()]);
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    c.header('X-Content-Type-Options', 'nosniff');
    return c.html(renderHome({ events, stats }));
  });

  return app;
}
