// http(s) URLs: a page (HTML by Readability, or text) or a feed (each item a document, with the item's page
// fetched when the item holds only a summary). `watch` uses fetchFeed and readEntry directly, with its own
// conditional-request headers and seen-item bookkeeping.
import { decodeBytes } from './decode.ts';
import { sniffFormat } from './detect.ts';
import { entryDocument, entryOrigin, parseFeedEntries, withEntryMetadata, type FeedEntry, type ParsedFeed } from './feed.reader.ts';
import { checked, readDecoded } from './format-readers.ts';
import { fetchUrl, type Fetched } from './fetch.ts';
import { failed, ingestError, type FetchOptions, type IngestError, type InputFormat, type ReadOptions, type ReadResult } from './types.ts';

const FEED_TYPES = /(rss|atom|rdf)\+xml|\/xml\b/i;

/** The content type decides HTML; XML types and everything else are sniffed (servers mislabel feeds often). */
function formatOf(contentType: string | null, text: string): InputFormat | null {
  if (contentType && /text\/html|application\/xhtml/i.test(contentType)) return sniffFormat(text) === 'feed' ? 'feed' : 'html';
  const sniffed = sniffFormat(text);
  if (contentType && FEED_TYPES.test(contentType) && sniffed !== 'html') return 'feed';
  return sniffed;
}

function decoded(fetched: Fetched): { text: string } | { error: IngestError } {
  const result = decodeBytes(fetched.bytes);
  return 'error' in result ? result : { text: result.text };
}

export interface FeedResponse {
  status: 'ok';
  feed: ParsedFeed;
  /** The feed's final URL (after redirects), the base of relative item links. */
  url: string;
  etag: string | null;
  lastModified: string | null;
}

/** Fetches and parses a feed; `not_modified` when conditional headers were sent and the server answered 304. */
export async function fetchFeed(
  url: string,
  options: FetchOptions = {},
): Promise<FeedResponse | { status: 'not_modified' } | { error: IngestError }> {
  const fetched = await fetchUrl(url, options);
  if ('error' in fetched || fetched.status === 'not_modified') return fetched;
  const text = decoded(fetched);
  if ('error' in text) return text;
  if (formatOf(fetched.contentType, text.text) !== 'feed') {
    return { error: ingestError('feed.parse', `not a feed (${fetched.contentType ?? 'no content type'})`) };
  }
  const feed = parseFeedEntries(text.text, fetched.url);
  if ('error' in feed) return feed;
  return { status: 'ok', feed, url: fetched.url, etag: fetched.etag, lastModified: fetched.lastModified };
}

/** Fetches a page and reads it with the HTML (or text) reader; one result. */
async function readPage(url: string, origin: string, options: ReadOptions): Promise<ReadResult[]> {
  const fetched = await fetchUrl(url, options.fetch);
  if ('error' in fetched) return [{ origin, error: fetched.error }];
  if (fetched.status === 'not_modified') return [failed(origin, 'fetch.status', 'HTTP 304 without a conditional request')];
  const text = decoded(fetched);
  if ('error' in text) return [{ origin, error: text.error }];
  const format = formatOf(fetched.contentType, text.text);
  return readDecoded({ text: text.text, origin, path: null, url: fetched.url }, options, format);
}

/** One feed item as a document: its own content when full, else its fetched page (when allowed). */
export async function readEntry(entry: FeedEntry, feed: ParsedFeed, feedOrigin: string, options: ReadOptions): Promise<ReadResult> {
  const origin = entryOrigin(entry, feedOrigin);
  const fetchPage = !entry.full && entry.url && options.fetchItemPages !== false;
  if (!fetchPage) return checked([{ origin, document: entryDocument(entry, feed, origin) }], options)[0]!;
  const [page] = await readPage(entry.url!, origin, options);
  if (!page || !('document' in page)) return page ?? failed(origin, 'input.no_text', 'the item page gave no document');
  return { origin, document: withEntryMetadata(page.document, entry, feed) };
}

/** `riposte ingest <url>`: a page gives one document, a feed one per item. */
export async function* readUrl(target: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  const fetched = await fetchUrl(target, options.fetch);
  if ('error' in fetched) {
    yield { origin: target, error: fetched.error };
    return;
  }
  if (fetched.status === 'not_modified') {
    yield failed(target, 'fetch.status', 'HTTP 304 without a conditional request');
    return;
  }
  const text = decoded(fetched);
  if ('error' in text) {
    yield { origin: target, error: text.error };
    return;
  }
  if (formatOf(fetched.contentType, text.text) !== 'feed') {
    yield* readDecoded({ text: text.text, origin: target, path: null, url: fetched.url }, options, formatOf(fetched.contentType, text.text));
    return;
  }
  const feed = parseFeedEntries(text.text, fetched.url);
  if ('error' in feed) {
    yield { origin: target, error: feed.error };
    return;
  }
  if (feed.entries.length === 0) yield failed(target, 'input.empty', 'the feed has no items');
  for (const entry of feed.entries) yield await readEntry(entry, feed, target, options);
}
