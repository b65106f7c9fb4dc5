// The HTTP adapter: JSON API under /api and the dashboard, one Hono app over the core usecases. Every error is
// mapped in errors.ts; writes go through the bearer-token guard in auth.ts; headers (CSP) come from security.ts.
import { Hono } from 'hono';
import type { IngestExtractor } from '../core/ingest.usecase.ts';
import { overview } from '../core/overview.usecase.ts';
import type { Store } from '../storage/store.ts';
import { requireToken } from './auth.ts';
import { chainsFromUsecases, type ChainsPort } from './chains.port.ts';
import { documentRoutes } from './documents.routes.ts';
import { installErrorHandlers } from './errors.ts';
import { eventRoutes } from './events.routes.ts';
import { ingestRoutes } from './ingest.routes.ts';
import { openApiDocument } from './openapi.ts';
import { createOverviewCache } from './overview-cache.ts';
import { pairRoutes } from './pairs.routes.ts';
import { securityHeaders } from './security.ts';
import { DEFAULT_WEB_ROOT, staticRoutes } from './static.ts';

/** Age after which the overview is refreshed in the background; writes through this API clear it at once. */
export const OVERVIEW_TTL_MS = 10_000;

export interface ApiDeps {
  store: Store;
  /** RIPOSTE_TOKEN: without it every write answers 403 auth.disabled. */
  token?: string;
  /** Built lazily on the first ingest (loading the codebook takes a moment). */
  createExtractor?: () => IngestExtractor;
  /** Ledgers and chains; defaults to the src/chains usecases, null answers 501 chains.not_available. */
  chains?: ChainsPort | null;
  /** Largest POST /api/ingest body (default 20 MB). */
  maxIngestBytes?: number;
  /** The built dashboard; defaults to web/dist of this repository. */
  webRoot?: string;
  now?: () => number;
}

function lazy<T>(make: (() => T) | undefined): () => T {
  let value: T | undefined;
  return () => {
    if (!make) throw new Error('api: no extractor configured for ingest');
    value ??= make();
    return value;
  };
}

export function createApp(deps: ApiDeps): Hono {
  const app = new Hono();
  const cache = createOverviewCache(() => overview({ store: deps.store }), { ttlMs: OVERVIEW_TTL_MS, now: deps.now ?? Date.now });
  const guard = requireToken(deps.token);
  installErrorHandlers(app);
  app.use('*', securityHeaders());

  eventRoutes(app, { store: deps.store, guard, onWrite: cache.clear });
  const chains = deps.chains === undefined ? chainsFromUsecases(deps.store) : deps.chains;
  pairRoutes(app, { store: deps.store, cache, ...(chains ? { chains } : {}) });
  documentRoutes(app, { store: deps.store });
  ingestRoutes(app, {
    store: deps.store, guard, extractor: lazy(deps.createExtractor), onWrite: cache.clear,
    ...(deps.maxIngestBytes ? { maxBytes: deps.maxIngestBytes } : {}),
  });
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  staticRoutes(app, deps.webRoot ?? DEFAULT_WEB_ROOT);
  return app;
}
