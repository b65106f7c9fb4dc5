// Fetching one URL with Node's fetch, defensively: only http(s), redirects followed by hand (so every hop is
// checked and counted), a headers timeout (connect + waiting for the response) and a total timeout, and a body
// size limit enforced while streaming, so a 200 MB response is never held in memory. Every failure is a value
// with a stable `fetch.*` code; nothing here throws.
import { ingestError, type FetchOptions, type IngestError } from './types.ts';

export const FETCH_DEFAULTS = {
  maxBytes: 10 * 1024 * 1024,
  headersTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxRedirects: 5,
} as const;

const USER_AGENT = 'riposte/0.1 (diplomatic event tracker; feed reader)';
const ACCEPT = 'text/html, application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/*;q=0.8';

export interface Fetched {
  status: 'ok';
  /** Where the body came from, after redirects. */
  url: string;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  bytes: Uint8Array;
}

export type FetchResult = Fetched | { status: 'not_modified'; url: string } | { error: IngestError };

type Limits = Required<Omit<FetchOptions, 'headers'>> & { headers: Record<string, string> };

function limitsOf(options: FetchOptions): Limits {
  return { ...FETCH_DEFAULTS, headers: {}, ...stripUndefined(options) };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** An absolute http(s) URL, or the fetch.scheme error. */
export function checkUrl(value: string, base?: string): URL | { error: IngestError } {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return { error: ingestError('fetch.scheme', `not a valid URL: ${JSON.stringify(value.slice(0, 200))}`) };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { error: ingestError('fetch.scheme', `only http and https URLs are fetched, not ${url.protocol}`) };
  }
  return url;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Reads the body chunk by chunk, giving up (and closing the connection) as soon as it passes maxBytes. */
async function readLimited(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, length);
}

/** One request, no redirects followed; the headers timer stops once the headers are in. */
async function requestOnce(url: URL, limits: Limits, total: AbortSignal): Promise<Response> {
  const headersTimer = new AbortController();
  const timer = setTimeout(() => headersTimer.abort(new Error('headers timeout')), limits.headersTimeoutMs);
  try {
    return await fetch(url, {
      redirect: 'manual',
      signal: AbortSignal.any([total, headersTimer.signal]),
      headers: { 'user-agent': USER_AGENT, accept: ACCEPT, ...limits.headers },
    });
  } catch (err) {
    if (headersTimer.signal.aborted && !total.aborted) throw Object.assign(new Error('headers timeout'), { name: 'HeadersTimeout' });
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

async function follow(start: URL, limits: Limits, total: AbortSignal): Promise<FetchResult> {
  let url = start;
  for (let hop = 0; ; hop++) {
    const response = await requestOnce(url, limits, total);
    if (REDIRECTS.has(response.status)) {
      await response.body?.cancel().catch(() => {});
      const location = response.headers.get('location');
      if (!location) return { error: ingestError('fetch.redirects', `HTTP ${response.status} redirect without a Location header`) };
      if (hop >= limits.maxRedirects) {
        return { error: ingestError('fetch.redirects', `more than ${limits.maxRedirects} redirects (last to ${location})`) };
      }
      const next = checkUrl(location, url.href);
      if ('error' in next) return { error: ingestError('fetch.scheme', `redirected to a URL that is not fetched: ${next.error.message}`) };
      url = next;
      continue;
    }
    if (response.status === 304) return { status: 'not_modified', url: url.href };
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel().catch(() => {});
      return { error: ingestError('fetch.status', `HTTP ${response.status} ${response.statusText}`.trim()) };
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > limits.maxBytes) {
      await response.body?.cancel().catch(() => {});
      return { error: ingestError('fetch.too_large', `the response is ${megabytes(declared)}, over the ${megabytes(limits.maxBytes)} limit`) };
    }
    const bytes = await readLimited(response.body, limits.maxBytes);
    if (!bytes) return { error: ingestError('fetch.too_large', `the response is over the ${megabytes(limits.maxBytes)} limit`) };
    const header = (name: string) => response.headers.get(name);
    return { status: 'ok', url: url.href, contentType: header('content-type'), etag: header('etag'), lastModified: header('last-modified'), bytes };
  }
}

function networkError(err: unknown): IngestError {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  const reason = cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
  return ingestError('fetch.network', `the request failed (${reason})`);
}

/** GETs `target`. `options.headers` may carry If-None-Match / If-Modified-Since; a 304 is `not_modified`. */
export async function fetchUrl(target: string, options: FetchOptions = {}): Promise<FetchResult> {
  const limits = limitsOf(options);
  const url = checkUrl(target);
  if ('error' in url) return url;
  const total = new AbortController();
  const timer = setTimeout(() => total.abort(new Error('total timeout')), limits.totalTimeoutMs);
  try {
    return await follow(url, limits, total.signal);
  } catch (err) {
    if (total.signal.aborted) {
      return { error: ingestError('fetch.timeout', `no complete response within the ${limits.totalTimeoutMs} ms total timeout`) };
    }
    if ((err as Error).name === 'HeadersTimeout') {
      return { error: ingestError('fetch.timeout', `no response headers within the ${limits.headersTimeoutMs} ms headers timeout`) };
    }
    return { error: networkError(err) };
  } finally {
    clearTimeout(timer);
  }
}
