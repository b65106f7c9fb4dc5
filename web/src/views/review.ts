// Review controls: confirm, reject or correct (type, actor, target, date, count, link). Writes need the server's
// RIPOSTE_TOKEN, asked for once and kept in sessionStorage for this tab only.
import { api, ApiError, describeAct, type Act, type EventDetail } from '../api.ts';
import { h } from '../dom.ts';

const TYPES = ['expel', 'recall', 'summon', 'close_mission', 'reduce_staff', 'restrict_diplomats', 'downgrade_relations',
  'break_relations', 'sanction', 'detain', 'accuse', 'protest', 'reject', 'threaten', 'restore'];
const TOKEN_KEY = 'riposte.token';

function field(label: string, input: HTMLElement): HTMLLabelElement {
  return h('label', { class: 'field' }, h('span', {}, label), input);
}

function input(name: string, value: string | number | null, placeholder = ''): HTMLInputElement {
  return h('input', { name, value: value === null ? '' : String(value), placeholder, autocomplete: 'off' });
}

function linkInput(el: HTMLInputElement): HTMLInputElement {
  el.setAttribute('list', 'link-candidates');
  return el;
}

/** Only fields that differ from the extracted event are sent as corrections. '' clears date, count and link. */
function changedFields(form: HTMLFormElement, e: EventDetail): Record<string, unknown> {
  const data = new FormData(form);
  const value = (k: string) => String(data.get(k) ?? '').trim();
  const out: Record<string, unknown> = {};
  if (value('type') !== e.type) out.type = value('type');
  if (value('actor').toUpperCase() !== e.actor) out.actor = value('actor');
  if (value('target').toUpperCase() !== e.target) out.target = value('target');
  if (value('date') !== (e.date ?? '')) out.date = value('date') || null;
  if (value('count') !== (e.count === null ? '' : String(e.count))) out.count = value('count') === '' ? null : Number(value('count'));
  if (value('retaliates_for') !== (e.retaliates_for ?? '')) out.retaliates_for = value('retaliates_for') || null;
  return out;
}

/** Acts of the other direction, newest first, offered as link targets (the field still takes any event id). */
function linkCandidates(e: EventDetail): HTMLDataListElement {
  const list = h('datalist', { id: 'link-candidates' });
  const query = `actor=${encodeURIComponent(e.target)}&target=${encodeURIComponent(e.actor)}&order=recent&limit=100`;
  void api<{ events: Act[] }>(`/api/events?${query}`).then(({ events }) => {
    list.append(...events.map((a) => h('option', { value: a.id }, describeAct(a))));
  }).catch(() => undefined);
  return list;
}

export function reviewPanel(e: EventDetail): HTMLElement {
  const status = h('p', { class: 'review-status', role: 'status' },
    e.correction ? `Reviewed (${e.correction.status}) at ${e.correction.reviewed_at}.` : 'Not reviewed yet.');
  const token = h('input', { type: 'password', name: 'token', value: sessionStorage.getItem(TOKEN_KEY) ?? '', autocomplete: 'off', placeholder: 'RIPOSTE_TOKEN' });
  const c = e.correction?.status === 'corrected' ? e.correction.fields : {};
  const form = h('form', { class: 'review-form' },
    field('type', h('select', { name: 'type' }, ...TYPES.map((t) => h('option', { value: t, selected: (c.type ?? e.type) === t }, t.replace(/_/g, ' '))))),
    field('actor', input('actor', c.actor ?? e.actor)),
    field('target', input('target', c.target ?? e.target)),
    field('date', input('date', 'date' in c ? c.date ?? null : e.date, 'YYYY-MM-DD')),
    field('people', input('count', 'count' in c ? c.count ?? null : e.count)),
    field('answers (event id)', linkInput(input('retaliates_for', 'retaliates_for' in c ? c.retaliates_for ?? null : e.retaliates_for, 'evt_…'))),
    field('note', input('note', e.correction?.note ?? null)));
  const send = async (method: 'POST' | 'DELETE', body?: unknown) => {
    sessionStorage.setItem(TOKEN_KEY, token.value);
    try {
      await api(`/api/events/${e.id}/review`, {
        method, headers: { authorization: `Bearer ${token.value}`, 'content-type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (err) {
      status.textContent = err instanceof ApiError ? `Not saved: ${err.message} (${err.code})` : `Not saved: ${String(err)}`;
      status.className = 'review-status error';
    }
  };
  const note = () => String(new FormData(form).get('note') ?? '').trim() || null;
  const buttons = h('div', { class: 'buttons' },
    h('button', { type: 'button', name: 'confirm', onclick: () => void send('POST', { status: 'confirmed', note: note() }) }, 'Confirm'),
    h('button', { type: 'button', name: 'reject', onclick: () => void send('POST', { status: 'rejected', note: note() }) }, 'Reject'),
    h('button', { type: 'button', name: 'correct', class: 'primary', onclick: () => void send('POST', { status: 'corrected', fields: changedFields(form, e), note: note() }) }, 'Save correction'),
    e.correction ? h('button', { type: 'button', name: 'clear', onclick: () => void send('DELETE') }, 'Remove review') : null);
  return h('section', { class: 'card review', id: 'review' }, h('h2', {}, 'Analyst review'), status, form, linkCandidates(e), field('token', token), buttons,
    h('p', { class: 'muted small' }, 'Corrections are stored apart from the extracted values, survive re-ingest, and are exported as a "correction" object.'));
}
