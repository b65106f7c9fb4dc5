// echarts, tree-shaken: the graph chart (network and pair lanes), grid/tooltip/dataZoom components, SVG renderer.
// Animation is off everywhere (stable screenshots, no half-drawn marks). Charts are disposed when the view changes.
import * as echarts from 'echarts/core';
import { GraphChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([GraphChart, GridComponent, TooltipComponent, DataZoomComponent, SVGRenderer]);

export type ChartOption = Parameters<echarts.ECharts['setOption']>[0];
export type Chart = echarts.ECharts;

const live = new Set<echarts.ECharts>();

export const COLORS = {
  hostile: '#c62828',
  restoring: '#2e7d32',
  escalation: '#c62828',
  proportionate: '#1565c0',
  'de-escalation': '#2e7d32',
  plain: '#78909c',
  rejected: '#cfd8dc',
};

export function mountChart(el: HTMLElement, option: ChartOption): echarts.ECharts {
  const chart = echarts.init(el, undefined, { renderer: 'svg' });
  chart.setOption({ animation: false, ...option });
  live.add(chart);
  return chart;
}

export function disposeCharts(): void {
  for (const chart of live) chart.dispose();
  live.clear();
}

export function resizeCharts(): void {
  for (const chart of live) chart.resize();
}

/** Tooltip text: echarts renders tooltip strings as HTML, so any text from an article is escaped first. */
export function escapeTooltip(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
