// The real dependencies of the CLI: process streams, the SQLite/PostgreSQL store, the extractor, an HTTP server.
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { createExtractor } from '../extraction/extract.ts';
import type { Store } from '../storage/store.ts';
import type { CliDeps, RunningServer } from './context.ts';

/** Loaded on first use so `riposte --help` stays fast and does not touch the database driver. */
async function openStore(url?: string): Promise<Store> {
  const { openStore: open } = await import('../storage/open-store.ts');
  return open(url);
}

function listen(app: Hono, options: { port: number; host: string }): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    let stop: () => void = () => {};
    const closed = new Promise<void>((done) => { stop = done; });
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info: AddressInfo) => {
      const close = () => new Promise<void>((done) => server.close(() => done()));
      const onSignal = () => { void close(); };
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      server.once('close', () => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        stop();
      });
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({ url: `http://${host}:${info.port}`, close, closed });
    });
    server.once('error', reject);
  });
}

/** Aborted on the first SIGINT or SIGTERM; a second one gets Node's default (immediate exit). */
function interrupted(): AbortSignal {
  const controller = new AbortController();
  const stop = () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    controller.abort();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return controller.signal;
}

export function realDeps(): CliDeps {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    openStore,
    createExtractor: () => createExtractor(),
    listen,
    interrupted,
    corpusDir: fileURLToPath(new URL('../../corpus/', import.meta.url)),
  };
}
