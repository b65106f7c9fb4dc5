// What the API needs from the tit-for-tat layer (src/chains): a pair's ledger and its chains. The real port calls the
// chains usecases; a null port (ApiDeps.chains = null) answers 501 chains.not_available.
import { getChain, getLedger } from '../chains/chains.usecases.ts';
import type { Store } from '../storage/store.ts';

export interface ChainsPort {
  ledger(params: { pair: [string, string] }): Promise<unknown>;
  chains(params: { pair: [string, string] }): Promise<unknown>;
  /** The chain through one act: what it answers (and so on back), then the answers after it. */
  chainOf(params: { id: string }): Promise<unknown>;
}

export function chainsFromUsecases(store: Store): ChainsPort {
  return {
    ledger: ({ pair }) => getLedger({ store, pair }),
    chains: async ({ pair }) => (await getLedger({ store, pair })).chains,
    chainOf: async ({ id }) => (await getChain({ store, id })).acts,
  };
}
