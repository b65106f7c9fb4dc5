// riposte watch <feed-url>... [--every 15m] [--once]: polls feeds until SIGINT/SIGTERM, ingesting new items only.
// Exit 0 after a graceful stop; with --once, 1 when a feed or an item failed in the round (as `ingest`).
import type { Command } from 'commander';
import { appError, exitCodeFor } from '../../core/errors.ts';
import { watch, type PollReport } from '../../core/watch.usecase.ts';
import { formatDuration, parseDuration } from '../../core/watch.schedule.ts';
import { withStore, writeErr, writeOut, type CommandContext } from '../context.ts';
import { fetchOptionsFrom } from './fetch-options.ts';

interface WatchOptions {
  every: string;
  once?: boolean;
  json?: boolean;
  timeout: string;
  maxSize: string;
}

function renderPoll(report: PollReport, now: number): string {
  const head = `feed ${report.feed}:`;
  const next = `next poll in ${formatDuration(Math.max(0, Date.parse(report.nextPollAt) - now))}`;
  if (report.status === 'failed') {
    return `${head} failed ${report.error?.code}: ${report.error?.message} (failure ${report.failures}, ${next})\n`;
  }
  if (report.status === 'not_modified') return `${head} not modified (${next})\n`;
  const s = report.summary;
  const lines = [`${head} ${report.newItems} new of ${report.items} items: ${s.inserted} stored, ${s.updated} updated, ` +
    `${s.duplicates} duplicates, ${s.nearDuplicates} near-duplicates, ${s.failed.length} failed, ${s.events} events` +
    `${report.status === 'stopped' ? ' (stopped)' : ''} (${next})`];
  for (const f of s.failed) lines.push(`  ${f.code}  ${f.origin}: ${f.message}`);
  return `${lines.join('\n')}\n`;
}

function feedUrl(value: string): string {
  if (!/^https?:\/\//i.test(value)) throw appError('usage.invalid', `watch takes http(s) feed URLs, not "${value}"`);
  return value;
}

export function registerWatch(program: Command, ctx: CommandContext): void {
  program
    .command('watch')
    .description('poll RSS/Atom/RDF feeds and ingest new items until interrupted (state is kept in the database)')
    .argument('<feeds...>', 'feed URLs (http or https)')
    .option('--every <duration>', 'polling interval, e.g. 15m, 30s, 1h', '15m')
    .option('--once', 'poll every feed once, then exit')
    .option('--json', 'also print each poll report as a JSON line on stdout')
    .option('--timeout <duration>', 'total time allowed per request (headers within min(10s, this))', '30s')
    .option('--max-size <MB>', 'largest response read, in MB', '10')
    .action(async (feeds: string[], options: WatchOptions) => {
      const everyMs = parseDuration(options.every);
      if (everyMs === null || everyMs < 1000) throw appError('usage.invalid', `--every must be a duration of at least 1s, not "${options.every}"`);
      const urls = feeds.map(feedUrl);
      const fetch = fetchOptionsFrom(options);
      const signal = ctx.deps.interrupted?.();
      let failed = false;
      await withStore(ctx, (store) => watch({
        store, extractor: ctx.deps.createExtractor(), feeds: urls, everyMs, once: options.once, signal,
        readOptions: { fetch },
        onPoll: (report) => {
          failed ||= report.status === 'failed' || report.summary.failed.length > 0;
          ctx.deps.stderr.write(renderPoll(report, Date.now()));
          if (options.json) void writeOut(ctx.deps.stdout, `${JSON.stringify(report)}\n`);
        },
      }));
      if (signal?.aborted) writeErr(ctx, 'watch stopped');
      ctx.setExit(options.once && failed ? exitCodeFor('ingest.failed') : 0);
    });
}
