// A table of acts: date, direction, type, count, review/response badges, the source sentence (as text), a link.
import type { Act } from '../api.ts';
import { badge, eventLink, h } from '../dom.ts';

export function reviewBadge(review: Act['review']): HTMLElement | null {
  return review ? badge(review, `review-${review}`) : null;
}

export function actTable(acts: Act[], options: { showResponse?: boolean } = {}): HTMLElement {
  if (acts.length === 0) return h('p', { class: 'muted' }, 'No acts.');
  const rows = acts.map((a) => h('tr', { class: a.review === 'rejected' ? 'rejected' : '' },
    h('td', { class: 'nowrap' }, eventLink(a.id, a.date ?? 'undated')),
    h('td', { class: 'nowrap' }, `${a.actor} → ${a.target}`),
    h('td', {}, a.type.replace(/_/g, ' '), a.modality !== 'fact' ? h('span', { class: 'muted' }, ` (${a.modality})`) : null),
    h('td', { class: 'num' }, a.count ?? ''),
    h('td', {}, options.showResponse && a.response ? badge(a.response, a.response) : null, ' ', reviewBadge(a.review)),
    h('td', { class: 'sentence' }, a.sentence)));
  return h('table', { class: 'acts' },
    h('thead', {}, h('tr', {}, ...['date', 'direction', 'act', 'people', '', 'source sentence'].map((t) => h('th', {}, t)))),
    h('tbody', {}, ...rows));
}
