// POST /api/ingest: a text, HTML or JSON Lines body, guarded by the bearer token. The format comes from ?format=,
// else from the Content-Type, else from the content itself.
import type { Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { BODY_FORMATS, ingestBody, type BodyFormat } from '../core/ingest-body.usecase.ts';
import type { IngestExtractor } from '../core/ingest.usecase.ts';
import { appError } from '../core/errors.ts';
import type { Store } from '../storage/store.ts';
import { parseOrThrow } from './errors.ts';

export const MAX_INGEST_BYTES = 20 * 1024 * 1024;

const querySchema = z.object({
  format: z.enum(BODY_FORMATS).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
}).strict();

const CONTENT_TYPES: Array<[RegExp, BodyFormat]> = [
  [/^text\/html\b/i, 'html'],
  [/^application\/(x-)?(nd)?json(l|-lines|-seq)?\b/i, 'jsonl'],
  [/^text\/plain\b|^text\/markdown\b/i, 'text'],
];

function formatFromContentType(type: string | undefined): BodyFormat | undefined {
  return CONTENT_TYPES.find(([pattern]) => pattern.test(type ?? ''))?.[1];
}

// Checks Content-Length up front and counts a chunked body as it streams in.
function limit(maxSize: number): MiddlewareHandler {
  return bodyLimit({ maxSize, onError: () => { throw appError('request.too_large', `the body is over ${maxSize} bytes`); } });
}

async function bodyBytes(req: { arrayBuffer(): Promise<ArrayBuffer> }): Promise<Uint8Array> {
  const bytes = new Uint8Array(await req.arrayBuffer());
  if (bytes.length === 0) throw appError('request.invalid', 'the body is empty: send text, HTML or JSON Lines');
  return bytes;
}

export function ingestRoutes(
  app: Hono,
  deps: { store: Store; guard: MiddlewareHandler; extractor: () => IngestExtractor; onWrite: () => void; maxBytes?: number },
): void {
  app.post('/api/ingest', deps.guard, limit(deps.maxBytes ?? MAX_INGEST_BYTES), async (c) => {
    const query = parseOrThrow(querySchema, c.req.query(), 'query');
    const bytes = await bodyBytes(c.req);
    const format = query.format ?? formatFromContentType(c.req.header('content-type'));
    const summary = await ingestBody({
      store: deps.store, extractor: deps.extractor(), bytes, ...(format ? { format } : {}), ...(query.url ? { url: query.url } : {}),
    });
    deps.onWrite();
    return c.json({ ok: summary.failed.length === 0, summary });
  });
}
