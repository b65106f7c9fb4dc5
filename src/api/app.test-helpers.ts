// A temporary SQLite store with the GBR/RUS fixture documents, and an app over it (no socket: app.request()).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { openStore } from '../storage/open-store.ts';
import { docA, docB, extractionA, extractionB, makeReport } from '../storage/store.fixtures.test-helpers.ts';
import type { Store } from '../storage/store.ts';
import type { IngestExtractor } from '../core/ingest.usecase.ts';
import { createApp, type ApiDeps } from './app.ts';

export const TOKEN = 'test-token-123';

/** Every document gives one GBR→RUS expulsion: enough to see the ingest route store what it read. */
export const fakeExtractor: IngestExtractor = {
  extract: ({ text }) => ({ events: [makeReport('r0_1', { sentence: text.slice(0, 80) })], claims: [] }),
};

export interface TestApi {
  app: Hono;
  store: Store;
  request(path: string, init?: RequestInit & { token?: string }): Promise<Response>;
}

export async function withApi(fn: (api: TestApi) => Promise<void>, deps: Partial<ApiDeps> = {}): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'riposte-api-'));
  const store = await openStore(join(dir, 'api.db'));
  try {
    await store.saveDocument(docA, extractionA);
    await store.saveDocument(docB, extractionB);
    const app = createApp({ store, token: TOKEN, createExtractor: () => fakeExtractor, webRoot: join(dir, 'no-web'), ...deps });
    const request = (path: string, init: RequestInit & { token?: string } = {}) => {
      const { token, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (token !== undefined) headers.set('authorization', `Bearer ${token}`);
      return Promise.resolve(app.request(path, { ...rest, headers }));
    };
    await fn({ app, store, request });
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export async function errorCode(res: Response): Promise<string> {
  const body = (await res.json()) as { error?: { code?: string; message?: string } };
  if (typeof body.error?.message !== 'string') throw new Error('error without a message');
  return body.error?.code ?? '(none)';
}
