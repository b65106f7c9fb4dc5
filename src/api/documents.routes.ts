// Health, claims (with verdicts and the acts behind each) and documents (list, and one with its text).
import type { Hono } from 'hono';
import { z } from 'zod';
import { listClaimsWithActs } from '../core/claims.usecase.ts';
import { appError } from '../core/errors.ts';
import type { Store } from '../storage/store.ts';
import { parseOrThrow } from './errors.ts';

const pageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
}).strict();

const DOCUMENT_ID = /^doc_[0-9a-f]{16}$/;

export function documentRoutes(app: Hono, deps: { store: Store }): void {
  const { store } = deps;

  app.get('/api/health', async (c) => c.json({ ok: true, dialect: store.dialect, ...(await store.stats()) }));

  app.get('/api/claims', async (c) => c.json({ claims: await listClaimsWithActs({ store }) }));

  app.get('/api/documents', async (c) => {
    const page = parseOrThrow(pageSchema, c.req.query(), 'query');
    return c.json({ ...page, documents: await store.listDocuments(page) });
  });

  app.get('/api/documents/:id', async (c) => {
    const id = c.req.param('id');
    if (!DOCUMENT_ID.test(id)) throw appError('request.invalid', `invalid document id "${id}" (doc_ and 16 hex digits)`);
    const doc = await store.getDocument(id);
    if (!doc) throw appError('documents.not_found', `no document with id ${id}`);
    return c.json(doc);
  });
}
