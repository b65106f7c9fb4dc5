// The small server-rendered home page. Every piece of article-derived text goes through escapeHtml; links are
// emitted only for http(s) URLs. A full dashboard replaces this later.
import type { StoredEvent } from '../../storage/store.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (ch) => ENTITIES[ch] ?? ch);
}

function safeHref(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

function eventRow(e: StoredEvent): string {
  const first = e.reports[0];
  const href = safeHref(first?.url);
  const title = escapeHtml(first?.title ?? '');
  const source = href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${title || 'source'}</a>` : title;
  return `<tr><td>${escapeHtml(e.date ?? '?')}</td><td>${escapeHtml(e.type)}</td>` +
    `<td>${escapeHtml(e.actor)} → ${escapeHtml(e.target)}</td><td>${escapeHtml(e.modality)}</td>` +
    `<td>${escapeHtml(first?.report.sentence ?? '')}</td><td>${source}</td>` +
    `<td><a href="/api/events/${encodeURIComponent(e.id)}">${escapeHtml(e.id)}</a></td></tr>`;
}

export interface HomePage {
  events: StoredEvent[];
  stats: { documents: number; events: number; reports: number; claims: number };
}

export function renderHome(page: HomePage): string {
  const rows = page.events.map(eventRow).join('\n');
  const empty = page.events.length === 0 ? '<p>No events yet: run <code>riposte ingest &lt;folder&gt;</code>.</p>' : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>riposte</title>
<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}</style>
</head><body>
<h1>riposte</h1>
<p>${page.stats.documents} documents, ${page.stats.events} events, ${page.stats.claims} claims.
JSON: <a href="/api/events">/api/events</a> · <a href="/api/claims">/api/claims</a> · <a href="/api/documents">/api/documents</a></p>
${empty}<table><thead><tr><th>date</th><th>type</th><th>actor → target</th><th>modality</th><th>sentence</th><th>source</th><th>id</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>
`;
}
