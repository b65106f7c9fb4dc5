// SQLite backend: better-sqlite3 behind Kysely's SqliteDialect. Kysely serialises this single connection, so
// concurrent calls in one process queue up; other processes on the same file wait up to BUSY_TIMEOUT_MS.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { createKyselyStore } from '../kysely-store.ts';
import type { DB } from '../schema.ts';
import type { Store } from '../store.ts';

const BUSY_TIMEOUT_MS = 5000;

/** `path` is a file path, `sqlite:<path>`, or `:memory:`. Does not migrate (openStore does). */
export function openSqliteStore(path: string): Store {
  const file = path.replace(/^sqlite:/, '');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  // WAL lets readers (the API) work while an ingest writes; foreign keys are off by default in SQLite.
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return createKyselyStore(new Kysely<DB>({ dialect: new SqliteDialect({ database }) }), 'sqlite');
}
