// One reader per input format. This table is the hook for new formats. `feed` reads a whole feed without
// fetching anything (files, stdin); feed URLs go through url.source.ts, which fetches item pages.
import { decodeBytes } from './decode.ts';
import { detectFormat } from './detect.ts';
import { checkDocument } from './document-checks.ts';
import { readFeedDocuments } from './feed.reader.ts';
import { readHtmlDocument } from './html.reader.ts';
import { readJsonlDocuments } from './jsonl.reader.ts';
import { readTextDocument } from './text.reader.ts';
import { failed, type InputFormat, type ReadOptions, type ReadResult } from './types.ts';

/** Decoded text of one input to its documents (JSONL and feeds give many). `url` is where it was fetched from, if known. */
export type FormatReader = (text: string, origin: string, url?: string) => ReadResult[];

export const FORMAT_READERS: Partial<Record<InputFormat, FormatReader>> = {
  text: (text, origin) => [{ origin, document: readTextDocument(text, origin) }],
  html: (text, origin, url) => {
    const read = readHtmlDocument(text, origin, url);
    return ['error' in read ? { origin, error: read.error } : { origin, document: read }];
  },
  jsonl: readJsonlDocuments,
  feed: readFeedDocuments,
};

/** Runs the per-document checks on reader output; errors from the reader pass through. */
export function checked(results: ReadResult[], options: ReadOptions): ReadResult[] {
  return results.map((result) => {
    if (!('document' in result)) return result;
    const problem = checkDocument(result.document, options);
    return problem ? { origin: result.origin, error: problem } : result;
  });
}

export interface DecodedInput {
  text: string;
  origin: string;
  /** File name, for detection by extension; null for stdin. */
  path: string | null;
  url?: string;
}

export function readDecoded(input: DecodedInput, options: ReadOptions, format?: InputFormat | null): ReadResult[] {
  const kind = format ?? detectFormat(input.path, input.text);
  if (!kind) return [failed(input.origin, 'input.unsupported', 'unrecognised format (not text, HTML, JSON Lines or an RSS/Atom/RDF feed)')];
  const reader = FORMAT_READERS[kind];
  if (!reader) return [failed(input.origin, 'input.unsupported', `${kind} input is not supported yet`)];
  return checked(reader(input.text, input.origin, input.url), options);
}

/** A whole input held in memory (a file under the size limit, stdin). */
export function readBytes(bytes: Uint8Array, input: Omit<DecodedInput, 'text'>, options: ReadOptions): ReadResult[] {
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) return [{ origin: input.origin, error: decoded.error }];
  return readDecoded({ ...input, text: decoded.text }, options);
}
