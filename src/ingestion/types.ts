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

export interface ReadOptions {
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
