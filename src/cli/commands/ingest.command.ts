// riposte ingest <targets...>: thin adapter over the ingest usecase. Exit 0 when every document was read or skipped,
// 1 when any failed (formats.md).
import type { Command } from 'commander';
import { ingest, type IngestSummary } from '../../core/ingest.usecase.ts';
import { exitCodeFor } from '../../core/errors.ts';
import { withStore, writeOut, type CommandContext } from '../context.ts';
import { createProgress } from '../render/progress.ts';
import { renderSummary } from '../render/summary.ts';
import type { Store } from '../../storage/store.ts';
import type { ReadOptions } from '../../ingestion/types.ts';
import { fetchOptionsFrom } from './fetch-options.ts';

/** Shared with `start`: ingest with progress (TTY only) and the summary on stderr. */
export async function ingestWithSummary(
  ctx: CommandContext,
  store: Store,
  targets: readonly string[],
  readOptions: ReadOptions = {},
): Promise<IngestSummary> {
  const extractor = ctx.deps.createExtractor();
  const progress = createProgress(ctx.deps.stderr);
  try {
    const summary = await ingest({ store, extractor, targets, readOptions, onProgress: (p) => progress.update(p) });
    progress.stop();
    ctx.deps.stderr.write(renderSummary(summary));
    return summary;
  } finally {
    progress.stop();
  }
}

export function registerIngest(program: Command, ctx: CommandContext): void {
  program
    .command('ingest')
    .description('read files, folders (recursively), http(s) pages and feeds, or - for stdin; extract and store their events')
    .argument('<targets...>', 'files, folders, URLs of pages or RSS/Atom/RDF feeds, or - for stdin')
    .option('--json', 'also print the summary as JSON on stdout')
    .option('--timeout <duration>', 'total time allowed per URL request (headers within min(10s, this))', '30s')
    .option('--max-size <MB>', 'largest response read from a URL, in MB', '10')
    .action(async (targets: string[], options: { json?: boolean; timeout: string; maxSize: string }) => {
      const readOptions = { fetch: fetchOptionsFrom(options) };
      const summary = await withStore(ctx, (store) => ingestWithSummary(ctx, store, targets, readOptions));
      if (options.json) await writeOut(ctx.deps.stdout, `${JSON.stringify(summary)}\n`);
      ctx.setExit(summary.failed.length > 0 ? exitCodeFor('ingest.failed') : 0);
    });
}
