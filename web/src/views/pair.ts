// Pair view (e.g. GBR-RUS): two lanes on a time axis, one per direction; each act a mark sized by the number of
// people; an arrow from an act to the act it answers; colour = proportionate, escalation or de-escalation. Ledger beside.
import { api, ApiError, type Act } from '../api.ts';
import { COLORS, escapeTooltip, mountChart } from '../charts.ts';
import { badge, h, section } from '../dom.ts';
import { actTable } from './acts-table.ts';
import { renderLedger } from './ledger.ts';

interface Tally { actor: string; target: string; acts: number; people: number; hostile: number; restoring: number }
interface PairView { pair: [string, string]; total: number; truncated: boolean; acts: Act[]; tally: [Tally, Tally] }

/** '2026-01' → the first day of the month, as a time value; undated acts are not on the chart. */
function when(date: string): number {
  const [y, m = '01', d = '01'] = date.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

function colour(a: Act): string {
  if (a.review === 'rejected') return COLORS.rejected;
  if (a.response) return COLORS[a.response];
  return a.type === 'restore' ? COLORS.restoring : COLORS.plain;
}

function chartOption(view: PairView) {
  const [x, y] = view.pair;
  const lanes = [`${x} → ${y}`, `${y} → ${x}`];
  const acts = view.acts.filter((a) => a.date && a.modality === 'fact');
  const ids = new Set(acts.map((a) => a.id));
  const nodes = acts.map((a) => ({
    name: a.id, value: [when(a.date!), a.actor === x ? 0 : 1],
    symbolSize: 10 + 5 * Math.sqrt(Math.min(a.count ?? 1, 400)),
    itemStyle: { color: colour(a), opacity: 0.85, borderColor: '#263238', borderWidth: a.review ? 2 : 0.5 },
    tip: `${a.date} ${a.actor} ${a.type.replace(/_/g, ' ')} ${a.target}${a.count !== null ? ` (${a.count})` : ''}${a.response ? `: ${a.response}` : ''}`,
  }));
  const links = acts.filter((a) => a.retaliates_for && ids.has(a.retaliates_for)).map((a) => ({
    source: a.id, target: a.retaliates_for!, lineStyle: { color: a.response ? COLORS[a.response] : COLORS.plain, width: 1.5, curveness: 0.25 },
  }));
  return {
    grid: { left: 100, right: 30, top: 24, bottom: 70 },
    dataZoom: [{ type: 'slider', xAxisIndex: 0, filterMode: 'none', height: 18, bottom: 12 }, { type: 'inside', xAxisIndex: 0, filterMode: 'none' }],
    tooltip: { formatter: (p: { data: { tip?: string } }) => escapeTooltip(p.data.tip ?? '') },
    xAxis: {
      type: 'time', splitLine: { show: true, lineStyle: { color: '#eceff1' } },
      // A margin on both sides so the first and last marks are not drawn on the axis.
      min: (v: { min: number; max: number }) => v.min - Math.max((v.max - v.min) * 0.04, 15 * 864e5),
      max: (v: { min: number; max: number }) => v.max + Math.max((v.max - v.min) * 0.04, 15 * 864e5),
    },
    yAxis: { type: 'category', data: lanes, inverse: true, axisLabel: { fontWeight: 'bold' }, splitLine: { show: true, lineStyle: { color: '#eceff1' } } },
    series: [{
      type: 'graph', coordinateSystem: 'cartesian2d', data: nodes, links,
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 8, label: { show: false }, emphasis: { focus: 'adjacency' },
    }],
  };
}

function tallyTable(tally: Tally[]): HTMLElement {
  return h('table', { class: 'tally' },
    h('thead', {}, h('tr', {}, ...['direction', 'acts', 'people', 'hostile', 'restoring'].map((t) => h('th', {}, t)))),
    h('tbody', {}, ...tally.map((t) => h('tr', {}, h('td', {}, `${t.actor} → ${t.target}`),
      ...[t.acts, t.people, t.hostile, t.restoring].map((n) => h('td', { class: 'num' }, n))))));
}

function legend(): HTMLElement {
  return h('p', { class: 'legend' },
    ...(['escalation', 'proportionate', 'de-escalation'] as const).flatMap((k) => [h('span', { class: `swatch swatch-${k}` }), `${k} answer `]),
    h('span', { class: 'swatch swatch-plain' }), 'not an answer; size = people; arrow: answer → the act it answers');
}

export async function renderPair(root: HTMLElement, pairText: string): Promise<void> {
  const view = await api<PairView>(`/api/pairs/${encodeURIComponent(pairText)}`);
  const [x, y] = view.pair;
  const chartEl = h('div', { class: 'chart chart-pair', id: 'pair-chart' });
  const ledgerEl = h('div', { class: 'ledger' }, h('p', { class: 'muted' }, 'Loading the ledger…'));
  const answers = view.acts.filter((a) => a.response);
  root.append(
    h('div', { class: 'intro' }, h('h1', {}, `${x} and ${y}`),
      h('p', { class: 'muted' }, `${view.total} dated acts between them${view.truncated ? ` (newest ${view.acts.length} shown)` : ''}; `,
        `${answers.filter((a) => a.response === 'escalation').length} escalations, ${answers.filter((a) => a.response === 'proportionate').length} proportionate answers. `,
        h('a', { href: `#/pair/${y}-${x}` }, 'swap lanes'))),
    h('div', { class: 'grid-pair' },
      section('Acts on a time line', chartEl, legend()),
      section('Ledger', tallyTable(view.tally), ledgerEl)),
    section('Every act', actTable([...view.acts].reverse(), { showResponse: true })),
  );
  const chart = mountChart(chartEl, chartOption(view));
  chart.on('click', (p) => {
    const d = p.data as { name?: string };
    if (p.dataType === 'node' && d.name) location.hash = `#/event/${d.name}`;
  });
  try {
    renderLedger(ledgerEl, await api<{ ledger: unknown }>(`/api/pairs/${x}-${y}/ledger`));
  } catch (err) {
    ledgerEl.replaceChildren(err instanceof ApiError && err.code === 'chains.not_available'
      ? h('p', { class: 'muted' }, 'The full ledger (chains, per-type tallies) is not available in this version yet; the tally above counts fact acts shown here. ', badge(err.code, 'plain'))
      : h('p', { class: 'error' }, String(err)));
  }
}
