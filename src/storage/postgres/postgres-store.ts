// PostgreSQL backend: a pg Pool behind Kysely's PostgresDialect. Each transaction takes its own pooled
// connection, so concurrent saves really run in parallel and rely on save-document's write-first order.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { createKyselyStore } from '../kysely-store.ts';
import type { DB } from '../schema.ts';
import type { Store } from '../store.ts';

export interface PostgresStoreOptions {
  /** postgres:// or postgresql:// connection string. */
  url: string;
  /** Schema to use instead of the server's search_path (tests use a fresh one per run). Must already exist. */
  schema?: string;
  /** Pool size; pg's default is 10. */
  maxConnections?: number;
}

/** Does not migrate (openStore does). */
export function openPostgresStore(options: PostgresStoreOptions): Store {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections,
    options: options.schema ? `-c search_path=${checkedSchemaName(options.schema)}` : undefined,
  });
  return createKyselyStore(new Kysely<DB>({ dialect: new PostgresDialect({ pool }) }), 'postgres');
}

// search_path is passed in the startup packet, unquoted, so only plain identifiers are accepted.
function checkedSchemaName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`storage: invalid PostgreSQL schema name "${name}"`);
  return name;
}
