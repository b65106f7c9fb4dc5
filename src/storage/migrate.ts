// Brings a database to the latest schema. Kysely's Migrator takes a lock (a row lock on PostgreSQL), so two
// processes starting together do not run the same migration twice.
import { Migrator, sql, type Kysely } from 'kysely';
import { migrations } from './migrations/list.ts';
import type { Store } from './store.ts';

export async function migrateToLatest(db: Kysely<any>, dialect: Store['dialect']): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableSchema: await migrationTableSchema(db, dialect),
    // Numbers are claimed by parallel work (0002 merging, 0003 reviews): a database that already ran 0003 must still
    // accept 0002 when it lands, instead of failing as "corrupted".
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error === undefined) return;
  const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'setup';
  throw new Error(`storage: migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, {
    cause: error,
  });
}

// Without an explicit schema, Kysely's "does the migration table exist?" check looks at every schema of the
// PostgreSQL database, so a kysely_migration table of another schema (another app, another test run) would make
// it skip creating ours. Pin the bookkeeping to the schema our tables go to: the first one on the search_path.
async function migrationTableSchema(db: Kysely<any>, dialect: Store['dialect']): Promise<string | undefined> {
  if (dialect !== 'postgres') return undefined;
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('storage: no schema of the PostgreSQL search_path exists; create it first');
  return schema;
}
