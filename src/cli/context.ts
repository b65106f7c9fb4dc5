// What every command receives: its dependencies (injected so tests run the CLI in-process with a memory store) and
// small helpers for output and the database. No process globals are read here; main.ts builds the real ones.
import type { Hono } from 'hono';
import type { Store } from '../storage/store.ts';
import type { IngestExtractor } from '../core/ingest.usecase.ts';
import { appError } from '../core/errors.ts';

export interface Output {
  write(chunk: string): boolean | void;
  isTTY?: boolean;
  once?(event: 'drain', listener: () => void): unknown;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
  /** Resolves when the server has stopped (closed, or interrupted by a signal). */
  closed: Promise<void>;
}

export interface CliDeps {
  stdout: Output;
  stderr: Output;
  env: Record<string, string | undefined>;
  openStore(url?: string): Promise<Store>;
  createExtractor(): IngestExtractor;
  listen(app: Hono, options: { port: number; host: string }): Promise<RunningServer>;
  /** Sample corpus folder that `start` ingests into an empty database. */
  corpusDir: string;
  /** A signal aborted on SIGINT/SIGTERM (`watch` stops gracefully); absent in tests that never interrupt. */
  interrupted?(): AbortSignal;
}

export interface CommandContext {
  deps: CliDeps;
  /** The database URL from --db, else RIPOSTE_DB, else undefined (the store's default). */
  db(): string | undefined;
  setExit(code: number): void;
}

/** Writes and waits for 'drain' when the stream asks for it, so big exports respect backpressure. */
export async function writeOut(out: Output, text: string): Promise<void> {
  if (out.write(text) === false && out.once) await new Promise<void>((resolve) => out.once!('drain', resolve));
}

export function writeErr(ctx: CommandContext, line: string): void {
  ctx.deps.stderr.write(line.endsWith('\n') ? line : `${line}\n`);
}

/** A database URL fit for messages: a password in a postgres:// URL is masked. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

async function openOrFail(ctx: CommandContext): Promise<Store> {
  const url = ctx.db();
  try {
    return await ctx.deps.openStore(url);
  } catch (err) {
    const reason = redactUrl(err instanceof Error ? err.message : String(err));
    throw appError('store.failed', `cannot open the database ${redactUrl(url ?? '(default)')}: ${reason}`);
  }
}

/** Opens the store (openStore brings its schema up to date), runs `fn`, and always closes it. */
export async function withStore<T>(ctx: CommandContext, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openOrFail(ctx);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
