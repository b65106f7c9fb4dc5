// Event page: coded fields (corrections shown as such), the act it answers and the acts answering it, every report
// with its source sentence and each field's span highlighted, the source link, and the review controls.
import { api, describeAct, type Act, type EventDetail } from '../api.ts';
import { badge, eventLink, h, pairLink, section, type Child } from '../dom.ts';
import { highlightPieces } from '../highlight.ts';
import { reviewBadge } from './acts-table.ts';
import { reviewPanel } from './review.ts';

type FieldName = 'type' | 'actor' | 'target' | 'date' | 'count' | 'retaliates_for';

function corrected(e: EventDetail, field: FieldName, extracted: Child): Child[] {
  const fields = e.correction?.status === 'corrected' ? e.correction.fields : {};
  if (!(field in fields)) return [extracted];
  const value = fields[field];
  return [h('span', { class: 'corrected-value' }, value === null || value === undefined ? '(none)' : String(value)), ' ',
    badge('corrected', 'review-corrected'), h('span', { class: 'muted' }, ' extracted: '), h('s', {}, extracted)];
}

function row(label: string, ...value: Child[]): HTMLTableRowElement {
  return h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, ...value));
}

function codedFields(e: EventDetail): HTMLElement {
  const count = e.count === null ? '(none)' : `${e.count}${e.count_qualifier && e.count_qualifier !== 'exact' ? ` (${e.count_qualifier.replace(/_/g, ' ')})` : ''}`;
  const link = e.link ? `${e.link.kind}, cue "${e.link.cue}", confidence ${e.link.confidence}` : null;
  return h('table', { class: 'fields' }, h('tbody', {},
    row('type', ...corrected(e, 'type', e.type)),
    row('actor', ...corrected(e, 'actor', `${e.actor}`), h('span', { class: 'muted' }, ` "${e.actor_text}"${e.actor_sector ? ` ${e.actor_sector}` : ''}`)),
    row('target', ...corrected(e, 'target', `${e.target}`), h('span', { class: 'muted' }, ` "${e.target_text}"${e.target_sector ? ` ${e.target_sector}` : ''}`)),
    row('date', ...corrected(e, 'date', e.date ?? '(none)'), e.date_granularity ? h('span', { class: 'muted' }, ` (${e.date_granularity})`) : null),
    e.deadline ? row('deadline', e.deadline) : null,
    row('people', ...corrected(e, 'count', count)),
    row('modality', e.modality, e.background ? h('span', { class: 'muted' }, ' (background)') : null),
    row('answers', ...corrected(e, 'retaliates_for', e.retaliates_for ?? '(none)'), link ? h('span', { class: 'muted' }, ` ${link}`) : null),
    row('CAMEO', h('code', {}, e.cameo), ` Goldstein ${e.goldstein}`),
    row('PLOVER', h('code', {}, e.plover.type), e.plover.mode ? ` mode ${e.plover.mode}` : '', e.plover.context.length ? ` context ${e.plover.context.join(', ')}` : ''),
  ));
}

function reportView(r: EventDetail['reports'][number]): HTMLElement {
  const pieces = highlightPieces(r.sentence, r.start, r.spans).map((p) => (p.fields.length
    ? h('mark', {
      class: `span ${p.fields.map((f) => `span-${f}`).join(' ')}${p.fields.length > 1 ? ' multi' : ''}`,
      title: p.fields.map((f, i) => `${f} (${p.rules[i]})`).join(', '), 'data-fields': p.fields.join(' '),
    }, p.text)
    : p.text));
  const source = r.url ? h('a', { href: r.url, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'source-link' }, r.title || r.url) : h('span', {}, r.title);
  return h('article', { class: 'report' },
    h('p', { class: 'report-meta' }, source, r.published ? h('span', { class: 'muted' }, ` · published ${r.published}`) : null),
    h('blockquote', { class: 'sentence' }, ...pieces),
    h('p', { class: 'fields-legend' }, ...Object.keys(r.spans).map((f) => h('mark', { class: `span span-${f}` }, f))),
    h('p', { class: 'muted small' }, `rules: ${r.rules.join(', ')}`));
}

function links(e: EventDetail): HTMLElement {
  const answers = e.answers
    ? h('p', { class: 'answers' }, 'Answers ', eventLink(e.answers.id, describeAct(e.answers)), ' ', e.response ? badge(e.response, e.response) : null)
    : h('p', { class: 'muted' }, 'Does not answer a known act.');
  const by = e.answered_by.length
    ? h('ul', {}, ...e.answered_by.map((a) => h('li', {}, 'Answered by ', eventLink(a.id, describeAct(a)))))
    : h('p', { class: 'muted' }, 'No stored act answers it.');
  return h('div', {}, answers, by);
}

/** The chain of answers through this act (from the ledger); nothing when there is none or chains are off. */
async function chainView(id: string): Promise<HTMLElement | null> {
  const body = await api<{ chain: Array<Pick<Act, 'id' | 'actor' | 'target' | 'type' | 'date' | 'count'>> }>(`/api/events/${id}/chain`).catch(() => null);
  const chain = body?.chain ?? [];
  if (chain.length < 2) return null;
  return h('div', { class: 'chain-of' }, h('h3', {}, `Chain of answers (${chain.length} acts)`),
    h('ol', { class: 'chain' }, ...chain.map((a) => h('li', { class: a.id === id ? 'current' : '' },
      a.id === id ? h('strong', {}, describeAct(a)) : eventLink(a.id, describeAct(a))))));
}

export async function renderEvent(root: HTMLElement, id: string): Promise<void> {
  const [e, chain] = await Promise.all([api<EventDetail>(`/api/events/${encodeURIComponent(id)}`), chainView(id)]);
  const eff = e.effective;
  root.append(
    h('div', { class: 'intro' },
      h('h1', {}, describeAct(eff), ' ', reviewBadge(eff.review)),
      h('p', { class: 'muted' }, pairLink(eff.actor, eff.target), ` · ${e.id}`)),
    h('div', { class: 'grid-2' },
      section('Coded fields', codedFields(e), e.correction?.note ? h('p', { class: 'note' }, 'Analyst note: ', e.correction.note) : null),
      section('Links', links(e), chain)),
    section(`Reports (${e.reports.length})`, ...e.reports.map(reportView)),
    reviewPanel(e),
  );
}
