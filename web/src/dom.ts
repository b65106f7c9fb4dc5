// The only way the dashboard builds DOM: elements by name, attributes by setAttribute, text by text nodes. Article
// text therefore never becomes markup; there is no innerHTML anywhere in web/src.
export type Child = Node | string | number | null | undefined | false;
type Handler = (event: Event) => void;
export type Props = Record<string, string | number | boolean | Handler | null | undefined>;

/** Only in-app hash links and http(s) URLs are ever put in an href. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  if (url.startsWith('#/') || url.startsWith('/api/')) return url;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, ''), value);
    else if (key === 'class') el.className = String(value);
    else if (key === 'href') {
      const href = safeHref(String(value));
      if (href) el.setAttribute('href', href);
    } else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

export function clear(el: Element): void {
  el.replaceChildren();
}

export function eventLink(id: string, ...label: Child[]): HTMLAnchorElement {
  return h('a', { href: `#/event/${encodeURIComponent(id)}` }, ...label);
}

export function pairLink(a: string, b: string): HTMLAnchorElement {
  return h('a', { href: `#/pair/${a}-${b}`, class: 'pair-link' }, `${a}–${b}`);
}

export function badge(text: string, kind: string): HTMLSpanElement {
  return h('span', { class: `badge badge-${kind}` }, text);
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'card' }, h('h2', {}, title), ...children);
}
