// Overview, pair view, and the pair's ledger and chains (src/chains through ChainsPort; 501 without a port).
import type { Hono } from 'hono';
import { parsePair } from '../core/acts.models.ts';
import type { OverviewCache } from './overview-cache.ts';
import { pairView } from '../core/pair-view.usecase.ts';
import { appError } from '../core/errors.ts';
import type { Store } from '../storage/store.ts';
import type { ChainsPort } from './chains.port.ts';

function requireChains(chains: ChainsPort | undefined): ChainsPort {
  if (!chains) throw appError('chains.not_available', 'ledgers and retaliation chains are not available in this version yet');
  return chains;
}

export function pairRoutes(app: Hono, deps: { store: Store; chains?: ChainsPort; cache: OverviewCache }): void {
  const { store, chains, cache } = deps;

  app.get('/api/overview', async (c) => c.json(await cache.get()));

  app.get('/api/pairs/:pair', async (c) => c.json(await pairView({ store, pair: parsePair(c.req.param('pair')) })));

  app.get('/api/pairs/:pair/ledger', async (c) => {
    const pair = parsePair(c.req.param('pair'));
    return c.json({ pair, ledger: await requireChains(chains).ledger({ pair }) });
  });

  app.get('/api/events/:id/chain', async (c) => {
    const id = c.req.param('id');
    if (!/^evt_[0-9a-f]{16}$/.test(id)) throw appError('request.invalid', `invalid event id "${id}" (evt_ and 16 hex digits)`);
    return c.json({ event: id, chain: await requireChains(chains).chainOf({ id }) });
  });

  app.get('/api/pairs/:pair/chains', async (c) => {
    const pair = parsePair(c.req.param('pair'));
    return c.json({ pair, chains: await requireChains(chains).chains({ pair }) });
  });
}
