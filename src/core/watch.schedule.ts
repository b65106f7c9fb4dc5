// When to poll a feed next: every `everyMs` while it answers, exponentially less often while it fails (capped),
// so a dead feed costs a request every few hours instead of every round.
export const MAX_BACKOFF_MS = 6 * 60 * 60 * 1000;
/** A failed item is retried on later polls until it has failed this many times. */
export const MAX_ITEM_ATTEMPTS = 3;

/** Delay before the next poll after `failures` consecutive failed polls (0 = the last poll was good). */
export function nextPollDelay(everyMs: number, failures: number): number {
  if (failures <= 0) return everyMs;
  const cap = Math.max(everyMs, MAX_BACKOFF_MS);
  return Math.min(everyMs * 2 ** Math.min(failures, 30), cap);
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "15m", "30s", "2h", "500ms", "1.5h" to milliseconds; a bare number is seconds. Null when unreadable. */
export function parseDuration(text: string): number | null {
  const found = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(text);
  if (!found) return null;
  const ms = Number(found[1]) * UNITS[(found[2] ?? 's').toLowerCase()]!;
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms) : null;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 120_000) return `${Math.round(ms / 1000)} s`;
  if (ms < 7_200_000) return `${Math.round(ms / 60_000)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}
