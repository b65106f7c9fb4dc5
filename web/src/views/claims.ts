// Claims: each aggregate statement ("at least nine since 2024") with its verdict and the acts behind it.
import { api, type Act } from '../api.ts';
import { badge, h, section } from '../dom.ts';
import { actTable } from './acts-table.ts';

interface Claim {
  id: string; type: string; actor: string; target: string; count: number | null; count_qualifier: string | null;
  period: { from: string | null; to: string | null }; sentence: string; url: string | null; verdict: string;
  ledger_count: number | null; acts: Act[]; acts_total: number;
}

function claimView(c: Claim): HTMLElement {
  const count = c.count === null ? '' : ` ${c.count_qualifier && c.count_qualifier !== 'exact' ? `${c.count_qualifier.replace(/_/g, ' ')} ` : ''}${c.count}`;
  const people = c.acts.reduce((n, a) => n + (a.count ?? 0), 0);
  return h('article', { class: 'claim card' },
    h('h3', {}, `${c.actor} ${c.type.replace(/_/g, ' ')}${count} → ${c.target}`, ' ', badge(c.verdict, `verdict-${c.verdict}`)),
    h('blockquote', { class: 'sentence' }, c.sentence),
    h('p', { class: 'muted' }, `period ${c.period.from ?? '…'} to ${c.period.to ?? '…'}`,
      c.ledger_count !== null ? ` · ledger counts ${c.ledger_count}` : '', ` · ${c.acts_total} stored acts behind it, ${people} people`,
      c.url ? ' · ' : '', c.url ? h('a', { href: c.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'source') : null),
    actTable(c.acts));
}

export async function renderClaims(root: HTMLElement): Promise<void> {
  const { claims } = await api<{ claims: Claim[] }>('/api/claims');
  root.append(
    h('div', { class: 'intro' }, h('h1', {}, 'Claims'), h('p', { class: 'muted' }, 'Aggregate statements are never counted as events: each is checked against the acts on record.')),
    claims.length ? h('div', {}, ...claims.map(claimView)) : section('No claims', h('p', { class: 'muted' }, 'No aggregate claims stored yet.')));
}
