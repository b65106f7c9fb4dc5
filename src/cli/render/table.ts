// A plain aligned text table (no borders), used by `riposte events`.
import type { StoredEvent } from '../../storage/store.ts';

export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

export function alignRows(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => { widths[i] = Math.max(widths[i] ?? 0, cell.length); });
  // The last column is not padded, so lines carry no trailing spaces.
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd()).join('\n') + '\n';
}

function countCell(e: StoredEvent): string {
  if (e.count === null) return '';
  const prefix = { exact: '', at_least: '≥', about: '~', up_to: '≤', more_than: '>' }[e.countQualifier ?? 'exact'];
  return `${prefix}${e.count}`;
}

export const EVENT_COLUMNS = ['ID', 'DATE', 'TYPE', 'ACTOR→TARGET', 'COUNT', 'MODALITY', 'SENTENCE'];

export function eventRow(e: StoredEvent, sentenceWidth: number): string[] {
  const sentence = e.reports[0]?.report.sentence ?? '';
  const modality = e.background ? `${e.modality} (bg)` : e.modality;
  return [e.id, e.date ?? '?', e.type, `${e.actor}→${e.target}`, countCell(e), modality, truncate(sentence, sentenceWidth)];
}

export function renderEventTable(events: StoredEvent[], sentenceWidth = 60): string {
  return alignRows([EVENT_COLUMNS, ...events.map((e) => eventRow(e, sentenceWidth))]);
}
