// The overview aggregates whole tables (hundreds of ms at 1M events), so it is computed once and reused: a value older
// than ttlMs is still served while ONE background refresh replaces it (stale-while-revalidate). Writes through this
// API clear it, so the next request waits for fresh figures. Ingests by another process show up within ttlMs.
import type { Overview } from '../core/overview.usecase.ts';

export interface OverviewCache {
  get(): Promise<Overview>;
  clear(): void;
}

export function createOverviewCache(load: () => Promise<Overview>, options: { ttlMs: number; now: () => number }): OverviewCache {
  let entry: { value: Overview; at: number } | null = null;
  let pending: Promise<Overview> | null = null;
  let generation = 0;

  const refresh = (): Promise<Overview> => {
    if (pending) return pending;
    const started = generation;
    pending = load()
      .then((value) => {
        if (started === generation) entry = { value, at: options.now() };
        return value;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };

  return {
    async get() {
      if (!entry) return refresh();
      if (options.now() - entry.at >= options.ttlMs) refresh().catch((err: unknown) => console.error('overview refresh failed:', err));
      return entry.value;
    },
    clear() {
      generation += 1;
      entry = null;
      pending = null;
    },
  };
}
