// --timeout and --max-size, shared by `ingest` (URLs) and `watch`.
import { appError } from '../../core/errors.ts';
import { parseDuration } from '../../core/watch.schedule.ts';
import type { FetchOptions } from '../../ingestion/types.ts';

const HEADERS_TIMEOUT_MS = 10_000;

export function fetchOptionsFrom(options: { timeout: string; maxSize: string }): FetchOptions {
  const totalTimeoutMs = parseDuration(options.timeout);
  if (totalTimeoutMs === null) throw appError('usage.invalid', `--timeout must be a duration such as 30s, not "${options.timeout}"`);
  const megabytes = Number(options.maxSize);
  if (!Number.isFinite(megabytes) || megabytes <= 0) throw appError('usage.invalid', `--max-size must be a positive number of MB, not "${options.maxSize}"`);
  return { totalTimeoutMs, headersTimeoutMs: Math.min(HEADERS_TIMEOUT_MS, totalTimeoutMs), maxBytes: Math.round(megabytes * 1024 * 1024) };
}
