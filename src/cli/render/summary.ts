// Human-readable ingest summary (stderr): counts, then one line per failure with its code and reason.
import type { IngestSummary } from '../../core/ingest.usecase.ts';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function renderSummary(summary: IngestSummary): string {
  const lines = [
    `read ${plural(summary.read, 'document')}: ${summary.inserted} new, ${summary.updated} updated, ` +
      `${plural(summary.duplicates, 'duplicate')} skipped, ${summary.failed.length} failed`,
    `found ${plural(summary.events, 'event')} and ${plural(summary.claims, 'claim')} in new or updated documents ` +
      `(${summary.seconds.toFixed(1)} s)`,
  ];
  if (summary.nearDuplicates > 0) {
    lines.push(`${plural(summary.nearDuplicates, 'near-duplicate')} of earlier documents stored; their reports joined the earlier events`);
  }
  if (summary.failed.length > 0) {
    lines.push(`${plural(summary.failed.length, 'failure')}:`);
    const width = Math.max(...summary.failed.map((f) => f.code.length));
    for (const failure of summary.failed) lines.push(`  ${failure.code.padEnd(width)}  ${failure.origin}: ${failure.message}`);
  }
  return lines.join('\n') + '\n';
}
