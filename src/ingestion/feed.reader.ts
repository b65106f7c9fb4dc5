// RSS, Atom and RDF feeds through @rowanmanning/feed-parser (stack.md: it keeps `published` and `updated` apart).
// Each item is a document. An item whose content is only a summary is marked so: the URL source fetches its
// page; a feed read from a file (no fetching) uses the summary, which usually fails as input.no_text.
import { parseFeed } from '@rowanmanning/feed-parser';
import { parseHTML } from 'linkedom';
import type { SourceDocument } from '../core/types.ts';
import { parseDateValue } from './dates.ts';
import { absoluteUrl } from './html.metadata.ts';
import { blockText } from './html.text.ts';
import { finishDocument, sha256Hex } from './identity.ts';
import { ingestError, type IngestError, type ReadResult } from './types.ts';

/** Item text shorter than this is a summary or teaser, not the article. */
export const FULL_TEXT_CHARS = 500;

export interface FeedEntry {
  /** Stable key of the item within its feed: guid/id, else link, else a hash of title and content. */
  key: string;
  url: string | null;
  title: string;
  published: string | null;
  /** Paragraphs of the item's content (or description when there is no content). */
  paragraphs: string[];
  /** True when the paragraphs are the article, false when they are a summary. */
  full: boolean;
}

export interface ParsedFeed {
  title: string | null;
  entries: FeedEntry[];
}

function paragraphsOf(html: string | null): string[] {
  if (!html?.trim()) return [];
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  return blockText(document.body as unknown as Node);
}

function isoDay(date: Date | null): string | null {
  return date && !Number.isNaN(date.getTime()) ? parseDateValue(date.toISOString()) : null;
}

type Item = ReturnType<typeof parseFeed>['items'][number];

function toEntry(item: Item, base: string | undefined): FeedEntry {
  const content = paragraphsOf(item.content);
  const paragraphs = content.length > 0 ? content : paragraphsOf(item.description);
  const url = absoluteUrl(item.url, base);
  const title = (item.title ?? '').replace(/\s+/g, ' ').trim();
  const key = item.id?.trim() || url || `sha256:${sha256Hex(`${title}\n${paragraphs.join('\n')}`).slice(0, 32)}`;
  const full = content.join(' ').length >= FULL_TEXT_CHARS;
  return { key, url, title, published: isoDay(item.published ?? item.updated), paragraphs, full };
}

/** Every item of a feed, or feed.parse. `base` (the feed's URL) resolves relative item links. */
export function parseFeedEntries(xml: string, base?: string): ParsedFeed | { error: IngestError } {
  try {
    const feed = parseFeed(xml);
    return { title: feed.title?.trim() || null, entries: feed.items.map((item) => toEntry(item, base ?? feed.url ?? undefined)) };
  } catch (err) {
    return { error: ingestError('feed.parse', `not a readable RSS, Atom or RDF feed: ${(err as Error).message}`) };
  }
}

/** Messages name the item by its link when it has one. */
export function entryOrigin(entry: FeedEntry, feedOrigin: string): string {
  return entry.url ?? `${feedOrigin}#${entry.key}`;
}

/** The item itself as a document (its content or summary as the body). */
export function entryDocument(entry: FeedEntry, feed: ParsedFeed, origin: string): SourceDocument {
  return finishDocument({
    url: entry.url,
    title: entry.title,
    published: entry.published,
    body: entry.paragraphs.join('\n\n'),
    outlet: feed.title,
    format: 'feed',
    origin,
  });
}

/** A fetched page of an item: keeps the page's text and identity, fills what the page lacks from the item. */
export function withEntryMetadata(page: SourceDocument, entry: FeedEntry, feed: ParsedFeed): SourceDocument {
  return {
    ...page,
    published: page.published ?? entry.published,
    outlet: page.outlet ?? feed.title,
  };
}

/** FORMAT_READERS.feed: a feed read as a whole (file, stdin), without fetching item pages. */
export function readFeedDocuments(xml: string, origin: string, url?: string): ReadResult[] {
  const feed = parseFeedEntries(xml, url);
  if ('error' in feed) return [{ origin, error: feed.error }];
  if (feed.entries.length === 0) return [{ origin, error: ingestError('input.empty', 'the feed has no items') }];
  return feed.entries.map((entry) => {
    const itemOrigin = entryOrigin(entry, origin);
    return { origin: itemOrigin, document: entryDocument(entry, feed, itemOrigin) };
  });
}
