// riposte serve [--port 8787]: the JSON API and the dashboard until interrupted.
import type { Command } from 'commander';
import { appError } from '../../core/errors.ts';
import type { Store } from '../../storage/store.ts';
import { createApp } from '../../api/app.ts';
import { withStore, writeOut, type CommandContext } from '../context.ts';

export const DEFAULT_PORT = 8787;
/** Local only by default; `--host 0.0.0.0` exposes the API to the network (e.g. in a container). */
export const DEFAULT_HOST = '127.0.0.1';

export interface ServeOptions {
  port: string;
  host: string;
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw appError('usage.invalid', `--port must be a number from 0 to 65535, not "${value}"`);
  return port;
}

/** Serves until the server closes (Ctrl-C); shared with `start`. */
export async function serveStore(ctx: CommandContext, store: Store, options: ServeOptions): Promise<void> {
  const token = ctx.deps.env.RIPOSTE_TOKEN || undefined;
  const app = createApp({ store, token, createExtractor: ctx.deps.createExtractor });
  const server = await ctx.deps.listen(app, { port: parsePort(options.port), host: options.host });
  await writeOut(ctx.deps.stdout, `riposte is serving ${server.url}\n`);
  ctx.deps.stderr.write(token ? 'writes (ingest, review) need the bearer token RIPOSTE_TOKEN\n' : 'RIPOSTE_TOKEN is not set: ingest and review are disabled\n');
  ctx.deps.stderr.write('press Ctrl-C to stop\n');
  await server.closed;
}

export function registerServe(program: Command, ctx: CommandContext): void {
  program
    .command('serve')
    .description('serve the JSON API and the dashboard')
    .option('--port <port>', 'port to listen on (0 for any free port)', String(DEFAULT_PORT))
    .option('--host <host>', 'address to listen on', DEFAULT_HOST)
    .action(async (options: ServeOptions) => {
      parsePort(options.port); // a usage error before the database is opened
      await withStore(ctx, (store) => serveStore(ctx, store, options));
    });
}
