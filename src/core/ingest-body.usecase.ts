// Ingest one request body (text, HTML or JSON Lines) through the same ingest usecase as the CLI: the body is
// decoded and read in memory, then every document is extracted and saved, failures reported per document.
import { decodeBytes } from '../ingestion/decode.ts';
import { readDecoded } from '../ingestion/format-readers.ts';
import type { InputFormat, ReadResult } from '../ingestion/types.ts';
import { ingest, type IngestExtractor, type IngestSummary } from './ingest.usecase.ts';
import type { Store } from '../storage/store.ts';

export const BODY_FORMATS = ['text', 'html', 'jsonl'] as const;
export type BodyFormat = (typeof BODY_FORMATS)[number];

export interface IngestBodyParams {
  store: Store;
  extractor: IngestExtractor;
  bytes: Uint8Array;
  /** Forced format; otherwise detected from the content. */
  format?: BodyFormat;
  /** Where an HTML page came from (its URL becomes the document URL). */
  url?: string;
  origin?: string;
}

function read(params: IngestBodyParams): ReadResult[] {
  const origin = params.origin ?? 'api';
  const decoded = decodeBytes(params.bytes);
  if ('error' in decoded) return [{ origin, error: decoded.error }];
  const input = { origin, path: null, text: decoded.text, ...(params.url ? { url: params.url } : {}) };
  return readDecoded(input, {}, (params.format as InputFormat | undefined) ?? null);
}

export async function ingestBody(params: IngestBodyParams): Promise<IngestSummary> {
  const results = read(params);
  return ingest({
    store: params.store,
    extractor: params.extractor,
    targets: ['body'],
    read: async function* () {
      yield* results;
    },
  });
}
