// The pair's ledger from /api/pairs/:pair/ledger (src/chains): per direction and type, acts and people; how the
// answers weigh against what they answer; the longest chain of answers.
import { describeAct } from '../api.ts';
import { badge, eventLink, h } from '../dom.ts';

interface TypeTally { type: string; acts: number; people: number }
interface DirectionLedger { actor: string; target: string; acts: number; people: number; types?: TypeTally[] }
interface LedgerAct { id: string; type: string; actor: string; target: string; date: string | null; count: number | null }
interface Ledger { directions?: DirectionLedger[]; responses?: Array<{ flag: string }>; chains?: LedgerAct[][] }

function typeRows(directions: DirectionLedger[]): HTMLElement {
  const rows = directions.flatMap((d) => (d.types ?? []).map((t) =>
    h('tr', {}, h('td', {}, `${d.actor} → ${d.target}`), h('td', {}, t.type.replace(/_/g, ' ')), h('td', { class: 'num' }, t.acts), h('td', { class: 'num' }, t.people))));
  return h('table', { class: 'tally' },
    h('thead', {}, h('tr', {}, ...['direction', 'type', 'acts', 'people'].map((t) => h('th', {}, t)))), h('tbody', {}, ...rows));
}

function responses(list: Array<{ flag: string }>): HTMLElement {
  const count = (flag: string) => list.filter((r) => r.flag === flag).length;
  return h('p', {}, `${list.length} answers weighed: `,
    ...(['escalation', 'proportionate', 'de-escalation'] as const).flatMap((f) => [badge(`${count(f)} ${f}`, f), ' ']));
}

function longestChain(chains: LedgerAct[][]): HTMLElement | null {
  const longest = [...chains].sort((a, b) => b.length - a.length)[0];
  if (!longest || longest.length < 2) return null;
  return h('div', {}, h('h3', {}, `Longest chain (${longest.length} acts, ${chains.length} chains)`),
    h('ol', { class: 'chain' }, ...longest.map((a) => h('li', {}, eventLink(a.id, describeAct(a))))));
}

export function renderLedger(el: HTMLElement, body: { ledger: unknown }): void {
  const ledger = (body.ledger ?? {}) as Ledger;
  const directions = ledger.directions ?? [];
  if (directions.length === 0) {
    el.replaceChildren(h('p', { class: 'muted' }, 'The ledger is empty.'));
    return;
  }
  el.replaceChildren(h('h3', {}, 'By type'), typeRows(directions), responses(ledger.responses ?? []), longestChain(ledger.chains ?? []) ?? '');
}
