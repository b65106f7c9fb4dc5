// The full view of one event for `riposte show`: every field, its codes and link, then each report with the
// sentence highlighted, each field's span with its rule, and the report's rule ids.
import type { StoredEvent, StoredReport } from '../../storage/store.ts';
import { alignRows } from './table.ts';
import { highlightSentence, legend, type HighlightStyle } from './highlight.ts';

function side(code: string, text: string, sector: string | null): string {
  return `${code}  "${text}"${sector ? ` (${sector})` : ''}`;
}

function fieldRows(e: StoredEvent): string[][] {
  const count = e.count === null ? '-' : `${e.count} (${e.countQualifier ?? 'exact'})`;
  const plover = `${e.code.plover.type}${e.code.plover.mode ? `/${e.code.plover.mode}` : ''} [${e.code.plover.context.join(', ')}]`;
  const link = e.link ? `${e.link.kind} "${e.link.cue}" (confidence ${e.link.confidence})` : '-';
  return [
    ['  actor', side(e.actor, e.actorText, e.actorSector)],
    ['  target', side(e.target, e.targetText, e.targetSector)],
    ['  date', e.date ? `${e.date} (${e.dateGranularity ?? '?'})` : '-'],
    ['  deadline', e.deadline ?? '-'],
    ['  count', count],
    ['  modality', e.modality],
    ['  background', e.background ? 'yes' : 'no'],
    ['  from reference', e.fromReference ? 'yes' : 'no'],
    ['  codes', `CAMEO ${e.code.cameo}  Goldstein ${e.code.goldstein.toFixed(1)}  PLOVER ${plover}`],
    ['  retaliates for', e.retaliatesFor ?? '-'],
    ['  link', link],
  ];
}

function reportBlock(stored: StoredReport, n: number, total: number, style: HighlightStyle): string {
  const r = stored.report;
  const spans = Object.entries(r.spans).sort(([, a], [, b]) => a.start - b.start);
  const spanRows = spans.map(([field, span]) => [`    ${field}`, `"${span.text}"`, `${span.start}-${span.end}`, span.rule]);
  return [
    `report ${n} of ${total}: ${stored.documentId}  ${stored.published ?? 'undated'}  ${stored.title}`,
    `  url: ${stored.url ?? '-'}`,
    `  sentence (${r.start}-${r.end}):`,
    `    ${highlightSentence(r, style)}`,
    '  fields:',
    alignRows(spanRows).trimEnd(),
    `  rules: ${r.rules.join(', ')}`,
  ].join('\n');
}

export function renderEventDetail(e: StoredEvent, style: HighlightStyle): string {
  const head = `${e.id}  ${e.type}  ${e.actor} → ${e.target}`;
  const fields = alignRows(fieldRows(e)).trimEnd();
  const reports = e.reports.map((r, i) => reportBlock(r, i + 1, e.reports.length, style));
  const key = style === 'ansi' ? [`key: ${legend(['trigger', 'actor', 'target', 'date', 'count', 'modality', 'link'], style)}`] : [];
  return [head, fields, '', ...key, ...reports.flatMap((block) => [block, ''])].join('\n');
}
