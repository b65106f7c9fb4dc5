// The four export formats as pure functions from a StoredEvent to one line (no trailing newline).
// csv: RFC 4180 (CRLF rows, fields quoted when they hold a comma, quote, CR or LF; quotes doubled).
// cameo: GDELT-like TSV without a header: date, actor, target, CAMEO code, Goldstein, URL.
import type { EventReview, StoredEvent } from '../storage/store.ts';
import { toEventRecord } from './export.record.ts';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'plover', 'cameo'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface Formatter {
  /** Printed once before the first event, if any (the CSV header row). */
  header: string | null;
  line: (event: StoredEvent, review?: EventReview | null) => string;
  /** Line terminator: CRLF for CSV (RFC 4180), LF otherwise. */
  eol: string;
}

export function toJsonl(event: StoredEvent, review?: EventReview | null): string {
  return JSON.stringify(toEventRecord(event, review));
}

export const CSV_COLUMNS = [
  'id', 'type', 'actor', 'target', 'actor_text', 'target_text', 'actor_sector', 'target_sector', 'date',
  'date_granularity', 'deadline', 'count', 'count_qualifier', 'modality', 'background', 'retaliates_for',
  'link_kind', 'link_cue', 'link_confidence', 'cameo', 'goldstein', 'plover_type', 'plover_mode', 'plover_context',
  'document', 'url', 'title', 'published', 'sentence', 'start', 'end', 'rules', 'report_count',
  'correction_status', 'correction_fields', 'correction_note',
] as const;

type Cell = string | number | boolean | null | undefined;

export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(event: StoredEvent, review?: EventReview | null): string {
  const r = toEventRecord(event, review);
  const first = r.reports[0];
  const cells: Record<(typeof CSV_COLUMNS)[number], Cell> = {
    id: r.id, type: r.type, actor: r.actor, target: r.target, actor_text: r.actor_text, target_text: r.target_text,
    actor_sector: r.actor_sector, target_sector: r.target_sector, date: r.date, date_granularity: r.date_granularity,
    deadline: r.deadline, count: r.count, count_qualifier: r.count_qualifier, modality: r.modality,
    background: r.background, retaliates_for: r.retaliates_for, link_kind: r.link?.kind, link_cue: r.link?.cue,
    link_confidence: r.link?.confidence, cameo: r.cameo, goldstein: r.goldstein.toFixed(1), plover_type: r.plover.type,
    plover_mode: r.plover.mode, plover_context: r.plover.context.join(';'), document: first?.document,
    url: first?.url, title: first?.title, published: first?.published, sentence: first?.sentence,
    start: first?.start, end: first?.end, rules: first?.rules.join(';'), report_count: r.reports.length,
    correction_status: r.correction?.status, correction_fields: r.correction ? JSON.stringify(r.correction.fields) : null,
    correction_note: r.correction?.note,
  };
  return CSV_COLUMNS.map((column) => csvField(cells[column])).join(',');
}

/** PLOVER-style record: event/mode/context from the coding, source and target as actor lists. */
export function toPlover(event: StoredEvent, review?: EventReview | null): string {
  const r = toEventRecord(event, review);
  const first = r.reports[0];
  return JSON.stringify({
    id: r.id, date: r.date, date_granularity: r.date_granularity,
    source: [{ actorText: r.actor_text, code: r.actor, sector: r.actor_sector }],
    target: [{ actorText: r.target_text, code: r.target, sector: r.target_sector }],
    event: r.plover.type, mode: r.plover.mode, context: r.plover.context,
    text: first?.sentence ?? null, url: first?.url ?? null, title: first?.title ?? null, published: first?.published ?? null,
    type: r.type, count: r.count, count_qualifier: r.count_qualifier, modality: r.modality, background: r.background,
    cameo: r.cameo, goldstein: r.goldstein, retaliates_for: r.retaliates_for, link: r.link, report_count: r.reports.length,
    correction: r.correction,
  });
}

function tsvField(value: string | null | undefined): string {
  return (value ?? '').replace(/[\t\r\n]+/g, ' ');
}

export function toCameo(event: StoredEvent): string {
  const url = event.reports[0]?.url ?? null;
  return [event.date, event.actor, event.target, event.code.cameo, event.code.goldstein.toFixed(1), url].map(tsvField).join('\t');
}

export const FORMATTERS: Record<ExportFormat, Formatter> = {
  jsonl: { header: null, line: toJsonl, eol: '\n' },
  csv: { header: CSV_COLUMNS.join(','), line: toCsv, eol: '\r\n' },
  plover: { header: null, line: toPlover, eol: '\n' },
  cameo: { header: null, line: toCameo, eol: '\n' },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
