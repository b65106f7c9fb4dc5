// Picks the backend from a database URL and brings its schema up to date.
import { openPostgresStore } from './postgres/postgres-store.ts';
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

export const DEFAULT_DATABASE = './riposte.db';

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** `url` defaults to RIPOSTE_DB (when set and not empty), then ./riposte.db. postgres:// or postgresql:// → PostgreSQL, else an SQLite file. */
export async function openStore(url: string = process.env.RIPOSTE_DB || DEFAULT_DATABASE): Promise<Store> {
  const store = isPostgresUrl(url) ? openPostgresStore({ url }) : openSqliteStore(url);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
