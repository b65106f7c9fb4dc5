// Overview: the network of states (edge = acts in one direction, width = number, colour = hostile or restoring),
// the busiest pairs, recent acts, biggest escalations and a search box.
import { api, describeAct, type Act } from '../api.ts';
import { COLORS, escapeTooltip, mountChart } from '../charts.ts';
import { badge, eventLink, h, pairLink, section } from '../dom.ts';
import { actTable } from './acts-table.ts';

interface Edge { actor: string; target: string; acts: number; hostile: number; restoring: number; people: number }
interface Overview {
  stats: { documents: number; events: number; claims: number };
  network: { nodes: Array<{ id: string; acts: number }>; edges: Edge[] };
  recent: Act[];
  escalations: Array<{ answer: Act; original: Act; ratio: number }>;
}

function networkOption(data: Overview['network']) {
  const maxActs = Math.max(1, ...data.edges.map((e) => e.acts));
  const maxNode = Math.max(1, ...data.nodes.map((n) => n.acts));
  return {
    tooltip: { formatter: (p: { data: { tip?: string } }) => escapeTooltip(p.data.tip ?? '') },
    series: [{
      type: 'graph', layout: 'circular', circular: { rotateLabel: false }, roam: false, left: 60, right: 60, top: 40, bottom: 40,
      label: { show: true, position: 'right', fontSize: 12 },
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
      data: data.nodes.map((n) => ({ name: n.id, symbolSize: 10 + 22 * Math.sqrt(n.acts / maxNode), itemStyle: { color: '#455a64' }, tip: `${n.id}: ${n.acts} acts` })),
      links: data.edges.map((e) => ({
        source: e.actor, target: e.target, pair: `${e.actor}-${e.target}`,
        tip: `${e.actor} → ${e.target}: ${e.acts} acts (${e.hostile} hostile, ${e.restoring} restoring), ${e.people} people`,
        lineStyle: { width: 1 + 7 * (e.acts / maxActs), color: e.restoring > e.hostile ? COLORS.restoring : COLORS.hostile, opacity: 0.75, curveness: 0.15 },
      })),
    }],
  };
}

/** Both directions of a pair together, alphabetical within the pair (GBR–RUS), busiest first. */
function busiestPairs(edges: Edge[]): Array<{ a: string; b: string; acts: number }> {
  const pairs = new Map<string, { a: string; b: string; acts: number }>();
  for (const e of edges) {
    const [a, b] = [e.actor, e.target].sort() as [string, string];
    const entry = pairs.get(`${a}-${b}`) ?? { a, b, acts: 0 };
    entry.acts += e.acts;
    pairs.set(`${a}-${b}`, entry);
  }
  return [...pairs.values()].sort((x, y) => y.acts - x.acts || x.a.localeCompare(y.a));
}

function searchBox(initial = ''): HTMLFormElement {
  const input = h('input', { type: 'search', name: 'q', value: initial, placeholder: 'Search: words, a state code (GBR) or a pair (GBR-RUS)', 'aria-label': 'Search' });
  return h('form', {
    class: 'search', role: 'search',
    onsubmit: (ev: Event) => {
      ev.preventDefault();
      const q = input.value.trim();
      if (/^[A-Za-z]{2,8}-[A-Za-z]{2,8}$/.test(q)) location.hash = `#/pair/${q.toUpperCase()}`;
      else if (q) location.hash = `#/search/${encodeURIComponent(q)}`;
    },
  }, input, h('button', { type: 'submit' }, 'Search'));
}

function escalationList(items: Overview['escalations']): HTMLElement {
  if (items.length === 0) return h('p', { class: 'muted' }, 'No answer larger than the act it answers yet.');
  return h('ol', { class: 'escalations' }, ...items.map((e) => h('li', {},
    eventLink(e.answer.id, describeAct(e.answer)), ' answers ', eventLink(e.original.id, describeAct(e.original)), ' ',
    badge(`×${e.ratio}`, 'escalation'), ' ', pairLink(e.answer.actor, e.answer.target))));
}

export async function renderOverview(root: HTMLElement): Promise<void> {
  const data = await api<Overview>('/api/overview');
  const chartEl = h('div', { class: 'chart chart-network', id: 'network' });
  const topPairs = busiestPairs(data.network.edges).slice(0, 16).map((p) => h('li', {}, pairLink(p.a, p.b), ` ${p.acts} acts`));
  root.append(
    h('div', { class: 'intro' }, h('h1', {}, 'Who did what to whom'),
      h('p', { class: 'muted' }, `${data.stats.documents} documents, ${data.stats.events} events, ${data.stats.claims} claims.`), searchBox()),
    h('div', { class: 'grid-2' },
      section('Network of states', chartEl,
        h('p', { class: 'legend' }, h('span', { class: 'swatch swatch-hostile' }), 'hostile acts ', h('span', { class: 'swatch swatch-restoring' }),
          'restoring acts; width = number of acts; click an arrow for the pair')),
      section('Busiest pairs', h('ul', { class: 'pairs' }, ...topPairs))),
    h('div', { class: 'grid-2' },
      section('Recent acts', actTable(data.recent)),
      section('Biggest escalations', escalationList(data.escalations))),
  );
  const chart = mountChart(chartEl, networkOption(data.network));
  chart.on('click', (p) => {
    const d = p.data as { pair?: string; name?: string };
    if (d.pair) location.hash = `#/pair/${d.pair}`;
    else if (d.name) location.hash = `#/search/${encodeURIComponent(d.name)}`;
  });
}

export async function renderSearch(root: HTMLElement, query: string): Promise<void> {
  const param = /^[A-Z]{2,8}$/.test(query) ? `actor=${encodeURIComponent(query)}` : `text=${encodeURIComponent(query)}`;
  type Listed = Omit<Act, 'sentence' | 'review'> & { reports: Array<{ sentence: string }>; correction: { status: Act['review'] } | null };
  const page = await api<{ total: number; events: Listed[] }>(`/api/events?${param}&order=recent&limit=100`);
  const acts: Act[] = page.events.map((e) => ({ ...e, sentence: e.reports[0]?.sentence ?? '', review: e.correction?.status ?? null }));
  root.append(
    h('div', { class: 'intro' }, h('h1', {}, 'Search'), searchBox(query),
      h('p', { class: 'muted' }, `${page.total} matching act${page.total === 1 ? '' : 's'}${page.total > 100 ? ' (newest 100 shown)' : ''}.`)),
    section('Results', actTable(acts)),
  );
}
