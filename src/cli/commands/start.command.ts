// riposte start (what `npm start` runs): ingest the sample corpus into an empty database, then serve.
import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Store } from '../../storage/store.ts';
import { withStore, type CommandContext } from '../context.ts';
import { ingestWithSummary } from './ingest.command.ts';
import { DEFAULT_HOST, DEFAULT_PORT, parsePort, serveStore, type ServeOptions } from './serve.command.ts';

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

/** Ingests the corpus when the database holds no documents; failures are reported, never fatal here. */
export async function seedIfEmpty(ctx: CommandContext, store: Store): Promise<void> {
  const { documents } = await store.stats();
  if (documents > 0) {
    ctx.deps.stderr.write(`database holds ${documents} documents; not ingesting the sample corpus\n`);
    return;
  }
  const corpus = ctx.deps.corpusDir;
  if (!(await isFolder(corpus))) {
    ctx.deps.stderr.write(`database is empty and there is no sample corpus at ${corpus}; serving anyway\n`);
    return;
  }
  ctx.deps.stderr.write(`database is empty: ingesting the sample corpus ${corpus}\n`);
  await ingestWithSummary(ctx, store, [corpus]);
}

export function registerStart(program: Command, ctx: CommandContext): void {
  program
    .command('start')
    .description('ingest the sample corpus into an empty database, then serve')
    .option('--port <port>', 'port to listen on', String(DEFAULT_PORT))
    .option('--host <host>', 'address to listen on', DEFAULT_HOST)
    .action(async (options: ServeOptions) => {
      parsePort(options.port);
      await withStore(ctx, async (store) => {
        await seedIfEmpty(ctx, store);
        await serveStore(ctx, store, options);
      });
    });
}
