// Page metadata read from the raw DOM before Readability runs (parse() mutates the DOM, and its
// own publishedTime was null on most real pages; stack.md §2 "Article extraction").
import { parseDateValue } from './dates.ts';

/** Meta names/properties/itemprops that carry the first-publication date, best first. */
const DATE_KEYS = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished',
  'article.published', 'publishdate', 'publish-date', 'publish_date', 'pubdate', 'dc.date.issued',
  'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date',
  'date', 'ptime',
];

export interface PageMetadata {
  title: string | null;
  published: string | null;
  canonical: string | null;
  outlet: string | null;
}

function metaValues(document: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !values.has(key.toLowerCase())) values.set(key.toLowerCase(), content);
  }
  return values;
}

/** Every object in the page's JSON-LD blocks, flattening arrays and @graph. Bad JSON is skipped. */
function jsonLdObjects(document: Document): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      found.push(value as Record<string, unknown>);
      visit((value as Record<string, unknown>)['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common and harmless: the other sources still apply.
    }
  }
  return found;
}

function firstString(objects: Record<string, unknown>[], pick: (o: Record<string, unknown>) => unknown): string | null {
  for (const object of objects) {
    const value = pick(object);
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}

function dateFromTimeElements(document: Document): string | null {
  const selectors = ['time[pubdate][datetime]', 'time[itemprop="datePublished"][datetime]', 'article time[datetime]', 'time[datetime]'];
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('datetime');
    const date = value ? parseDateValue(value) : null;
    if (date) return date;
  }
  return null;
}

function dateFromUrl(url: string | null): string | null {
  const found = url ? /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/.exec(url) : null;
  return found ? parseDateValue(`${found[1]}-${found[2]}-${found[3]}`) : null;
}

/** An absolute http(s) URL, resolving a relative one against the page URL when we know it. */
export function absoluteUrl(value: string | null | undefined, base?: string): string | null {
  if (!value?.trim()) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function readPageMetadata(document: Document, pageUrl?: string): PageMetadata {
  const meta = metaValues(document);
  const ld = jsonLdObjects(document);
  const canonicalHref = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const canonical = absoluteUrl(canonicalHref, pageUrl) ?? absoluteUrl(meta.get('og:url'), pageUrl);

  let published = parseDateValue(firstString(ld, (o) => o.datePublished) ?? '');
  for (const key of DATE_KEYS) {
    const value = meta.get(key);
    published ??= value ? parseDateValue(value) : null;
  }
  published ??= dateFromTimeElements(document) ?? dateFromUrl(canonical ?? pageUrl ?? null);

  const publisher = firstString(ld, (o) => (o.publisher as Record<string, unknown> | undefined)?.name);
  return {
    title: meta.get('og:title') ?? firstString(ld, (o) => o.headline) ?? (document.title?.trim() || null),
    published,
    canonical,
    outlet: meta.get('og:site_name') ?? publisher,
  };
}
