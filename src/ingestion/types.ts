// Shapes shared by the ingestion readers and sources. Errors are values, never exceptions: one bad
// document must not stop a batch (formats.md, "Failed documents never stop the batch").
import type { SourceDocument } from '../core/types.ts';

export const ERROR_CODES = [
  'input.not_found',   // the path does not exist or cannot be opened
  'input.empty',       // zero bytes, or only whitespace
  'input.binary',      // NUL bytes or mostly control characters
  'input.too_large',   // over ReadOptions.maxBytes (checked with stat, before reading)
  'input.encoding',    // not UTF-8 and does not look like windows-1252 either
  'input.unsupported', // a format we recognise or cannot recognise, but have no reader for
  'input.parse',       // a JSONL line that is not a valid document
  'input.no_text',     // a title at most, no body (e.g. HTML with nothing readable)
  'input.not_english', // almost no English function words
  'fetch.scheme',      // not an http(s) URL (file:, data:, ftp:, ...), also when a redirect points there
  'fetch.timeout',     // no response headers within the headers timeout, or the whole exchange over the total timeout
  'fetch.too_large',   // Content-Length or the streamed body over FetchOptions.maxBytes
  'fetch.redirects',   // more redirects than FetchOptions.maxRedirects (a loop), or a redirect without Location
  'fetch.status',      // an HTTP status other than 2xx/304
  'fetch.network',     // DNS, refused or reset connection, TLS failure
  'feed.parse',        // the feed's XML could not be read as RSS, Atom or RDF
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface IngestError {
  code: ErrorCode;
  message: string;
}

export type ReadResult =
  | { origin: string; document: SourceDocument }
  | { origin: string; error: IngestError };

export type InputFormat = 'text' | 'html' | 'jsonl' | 'feed';

/** Limits for fetching URLs (fetch.ts); every field has a default. */
export interface FetchOptions {
  /** Body size limit, streamed: the download is aborted past it. Default 10 MB. */
  maxBytes?: number;
  /** Connect plus waiting for the response headers, per request. Default 10 s. */
  headersTimeoutMs?: number;
  /** The whole exchange: every redirect hop and the body. Default 30 s. */
  totalTimeoutMs?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Extra request headers (If-None-Match, If-Modified-Since). */
  headers?: Record<string, string>;
}

export interface ReadOptions {
  /** Limits for URLs and for the pages of feed items. */
  fetch?: FetchOptions;
  /** Fetch a feed item's page when the item holds only a summary. Default true for feed URLs; never for feed files. */
  fetchItemPages?: boolean;
  /** Per file (and per JSONL line, and for stdin). Default 20 MB. */
  maxBytes?: number;
  /** Reject documents that are clearly not English. Default true. */
  checkLanguage?: boolean;
  /** Where `-` reads from; tests pass their own stream. Default process.stdin. */
  stdin?: NodeJS.ReadableStream;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export function ingestError(code: ErrorCode, message: string): IngestError {
  return { code, message };
}

export function failed(origin: string, code: ErrorCode, message: string): ReadResult {
  return { origin, error: ingestError(code, message) };
}

export function isError<T extends object>(value: T | { error: IngestError }): value is { error: IngestError } {
  return 'error' in value;
}
