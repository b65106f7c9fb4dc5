// Fresh, throw-away databases for the contract suite: a temp SQLite file, or a new PostgreSQL schema in the
// database named by RIPOSTE_TEST_PG. Every store is opened through openStore, as the application does.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import pg from 'pg';
import { openStore } from './open-store.ts';
import type { Store } from './store.ts';

export type Backend = Store['dialect'];
export const BACKENDS: Backend[] = ['sqlite', 'postgres'];

export interface TestDatabase {
  /** What openStore (or RIPOSTE_DB) takes to reach this database. */
  url: string;
  /** A new store (new connection or pool) on this database, migrated. */
  open(): Promise<Store>;
  /** Closes nothing: close stores first. Removes the file or drops the schema. */
  dispose(): Promise<void>;
}

/** Why a backend cannot run here, or null when it can. */
export function skipReason(backend: Backend): string | null {
  if (backend === 'postgres' && !process.env.RIPOSTE_TEST_PG) {
    return 'RIPOSTE_TEST_PG is not set (e.g. RIPOSTE_TEST_PG=postgres://app:app@127.0.0.1:5432/app)';
  }
  return null;
}

/** The database and open store of the running test; replaced before each test, closed and removed after it. */
export interface PerTestStore {
  readonly store: Store;
  readonly database: TestDatabase;
}

/**
 * Runs `suite` as "<title> (<backend>)" on every backend, each test on a fresh database whose store `seed` fills
 * first. A backend that cannot run here is one skipped test (not a skipped suite), so the summary counts it.
 */
export function describeOnEveryBackend(
  title: string,
  suite: (db: PerTestStore, backend: Backend) => void,
  seed: (store: Store) => Promise<void> = async () => {},
): void {
  for (const backend of BACKENDS) {
    const reason = skipReason(backend);
    if (reason) it(`${title} (${backend})`, (t) => t.skip(reason));
    else describe(`${title} (${backend})`, () => suite(perTestStore(backend, seed), backend));
  }
}

function perTestStore(backend: Backend, seed: (store: Store) => Promise<void>): PerTestStore {
  const db = {} as { store: Store; database: TestDatabase };
  beforeEach(async () => {
    db.database = await freshDatabase(backend);
    db.store = await db.database.open();
    await seed(db.store);
  });
  afterEach(async () => {
    await db.store.close();
    await db.database.dispose();
  });
  return db;
}

export async function freshDatabase(backend: Backend): Promise<TestDatabase> {
  return backend === 'sqlite' ? freshSqlite() : freshPostgres(process.env.RIPOSTE_TEST_PG ?? '');
}

function freshSqlite(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'riposte-store-'));
  const file = join(dir, 'riposte.db');
  return {
    url: file,
    open: () => openStore(file),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function freshPostgres(url: string): Promise<TestDatabase> {
  const schema = `riposte_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `CREATE SCHEMA ${schema}`);
  const separator = url.includes('?') ? '&' : '?';
  // pg reads `options` from the URL and sends it at connect time, so every pooled connection uses the schema.
  const schemaUrl = `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    url: schemaUrl,
    open: () => openStore(schemaUrl),
    dispose: () => adminQuery(url, `DROP SCHEMA ${schema} CASCADE`),
  };
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
