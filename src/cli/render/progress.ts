// Ingest progress on stderr with cli-progress, only when stderr is a terminal (never in pipes, logs or tests).
// The total is unknown while a folder is walked, so the bar shows counts rather than a percentage.
import cliProgress from 'cli-progress';
import type { IngestProgress } from '../../core/ingest.usecase.ts';
import type { Output } from '../context.ts';

export interface ProgressReporter {
  update(progress: IngestProgress): void;
  stop(): void;
}

const SILENT: ProgressReporter = { update() {}, stop() {} };

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `…${text.slice(text.length - max + 1)}`;
}

export function createProgress(stderr: Output): ProgressReporter {
  if (!stderr.isTTY) return SILENT;
  const bar = new cliProgress.SingleBar({
    format: 'ingest {value} docs | {inserted} new | {duplicates} dup | {failed} failed | {events} events | {origin}',
    stream: stderr as NodeJS.WritableStream,
    hideCursor: true,
    clearOnComplete: true,
  }, cliProgress.Presets.shades_classic);
  let started = false;
  let count = 0;
  return {
    update({ origin, summary }) {
      const payload = {
        inserted: summary.inserted, duplicates: summary.duplicates, failed: summary.failed.length,
        events: summary.events, origin: shorten(origin, 40),
      };
      count += 1;
      if (!started) {
        bar.start(Number.MAX_SAFE_INTEGER, count, payload);
        started = true;
      } else bar.update(count, payload);
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
