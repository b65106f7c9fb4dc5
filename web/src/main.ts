// Hash router: #/ overview, #/pair/GBR-RUS, #/event/<id>, #/claims, #/search/<query>. Each view renders into #app.
import './style.css';
import { disposeCharts, resizeCharts } from './charts.ts';
import { ApiError } from './api.ts';
import { h } from './dom.ts';
import { renderOverview, renderSearch } from './views/overview.ts';
import { renderPair } from './views/pair.ts';
import { renderEvent } from './views/event.ts';
import { renderClaims } from './views/claims.ts';

type View = (root: HTMLElement, arg: string) => Promise<void>;

const ROUTES: Array<[RegExp, View]> = [
  [/^#\/pair\/([A-Za-z]{2,8}-[A-Za-z]{2,8})$/, renderPair],
  [/^#\/event\/(evt_[0-9a-f]{16})$/, renderEvent],
  [/^#\/claims$/, async (root) => renderClaims(root)],
  [/^#\/search\/(.*)$/, renderSearch],
  [/^(#\/?)?$/, async (root) => renderOverview(root)],
];

let navigation = 0;

/** Each navigation renders into a fresh container; a slower, older one then renders into a detached element. */
async function route(): Promise<void> {
  const root = document.getElementById('app')!;
  const seq = ++navigation;
  disposeCharts();
  const view = h('div', { class: 'view' });
  root.replaceChildren(view);
  root.setAttribute('aria-busy', 'true');
  const hash = location.hash;
  const match = ROUTES.map(([re, render]) => [re.exec(hash), render] as const).find(([m]) => m);
  try {
    if (!match) view.append(h('p', { class: 'error' }, 'No such page. ', h('a', { href: '#/' }, 'Back to the overview')));
    else await match[1](view, decodeURIComponent(match[0]![1] ?? ''));
  } catch (err) {
    const message = err instanceof ApiError ? `${err.message} (${err.code})` : String(err);
    view.append(h('p', { class: 'error' }, message));
  } finally {
    if (seq === navigation) root.setAttribute('aria-busy', 'false');
  }
}

window.addEventListener('hashchange', () => void route());
window.addEventListener('resize', resizeCharts);
void route();
