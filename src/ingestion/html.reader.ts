// HTML pages: main text by Readability on linkedom, metadata from the raw DOM (stack.md §4).
// linkedom builds a DOM without running anything: no scripts, no event handlers, no fetches.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { SourceDocument } from '../core/types.ts';
import { finishDocument } from './identity.ts';
import { absoluteUrl, readPageMetadata } from './html.metadata.ts';
import { blockText } from './html.text.ts';
import { ingestError, type IngestError } from './types.ts';

/** Below this much body text the page is a shell (paywall, index page, error page). */
const MIN_BODY_CHARS = 40;

function domOf(html: string): Document {
  // A fragment without <html> makes linkedom hang everything off a bare root; wrap it.
  const page = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as Document;
}

/** Readability gets the article; when it gives up, the page's <body> is the fallback. */
function articleParagraphs(document: Document): { title: string | null; siteName: string | null; paragraphs: string[] } {
  const article = new Readability(document, { charThreshold: 200 }).parse();
  if (article?.content) {
    const content = domOf(String(article.content));
    return { title: article.title ?? null, siteName: article.siteName ?? null, paragraphs: blockText(content.body) };
  }
  return { title: null, siteName: null, paragraphs: document.body ? blockText(document.body) : [] };
}

/** Drops a leading paragraph that only repeats the title (an <h1> Readability kept). */
function withoutTitle(paragraphs: string[], title: string): string[] {
  const same = (a: string, b: string): boolean => a.toLowerCase().replace(/\W+/g, '') === b.toLowerCase().replace(/\W+/g, '');
  return paragraphs.length > 0 && title && same(paragraphs[0] ?? '', title) ? paragraphs.slice(1) : paragraphs;
}

/** A canonical that points at the site root is a CMS default, not this page: keep the URL we were given. */
function pickUrl(canonical: string | null, given: string | null): string | null {
  if (canonical && given && new URL(canonical).pathname === '/' && new URL(given).pathname !== '/') return given;
  return canonical ?? given;
}

export function readHtmlDocument(html: string, origin: string, url?: string): SourceDocument | { error: IngestError } {
  if (!html.trim()) return { error: ingestError('input.empty', 'the HTML is empty') };
  let document: Document;
  try {
    document = domOf(html);
  } catch (err) {
    return { error: ingestError('input.parse', `could not parse the HTML: ${(err as Error).message}`) };
  }
  const pageUrl = absoluteUrl(url) ?? undefined;
  const meta = readPageMetadata(document, pageUrl);
  let article: ReturnType<typeof articleParagraphs>;
  try {
    article = articleParagraphs(document);
  } catch (err) {
    return { error: ingestError('input.parse', `could not extract the article: ${(err as Error).message}`) };
  }
  const title = (article.title || meta.title || '').replace(/\s+/g, ' ').trim();
  const paragraphs = withoutTitle(article.paragraphs, title);
  const body = paragraphs.join('\n\n');
  if (body.length < MIN_BODY_CHARS) {
    return { error: ingestError('input.no_text', `no readable article text in the page (${body.length} characters)`) };
  }
  return finishDocument({
    url: pickUrl(meta.canonical, pageUrl ?? null),
    title,
    published: meta.published,
    body,
    outlet: meta.outlet ?? article.siteName,
    format: 'html',
    origin,
  });
}
