// Ingest a batch: read → extract → save, one document at a time. A document that cannot be read, extracted or saved
// is a failure of that document only; the batch goes on (formats.md: "Failed documents never stop the batch").
import type { Extraction, SourceDocument } from './types.ts';
import type { SaveOutcome, Store } from '../storage/store.ts';
import { readInputs, type ReadInputOptions } from '../ingestion/read-input.ts';
import type { ReadResult } from '../ingestion/types.ts';
import { DOCUMENT_FAILURE_CODES } from './errors.ts';

export interface DocumentFailure {
  origin: string;
  code: string;
  message: string;
}

export interface IngestSummary {
  /** Documents read from the inputs (whatever happened to them next). */
  read: number;
  inserted: number;
  updated: number;
  duplicates: number;
  failed: DocumentFailure[];
  /** Events and claims of inserted or updated documents only: a re-run over the same inputs reports 0. */
  events: number;
  claims: number;
  seconds: number;
}

export type DocumentOutcome = SaveOutcome | 'failed';

export interface IngestProgress {
  origin: string;
  outcome: DocumentOutcome;
  summary: IngestSummary;
}

export interface IngestExtractor {
  extract(input: { text: string; published: string | null }): Extraction;
}

export interface IngestParams {
  store: Store;
  extractor: IngestExtractor;
  targets: readonly string[];
  readOptions?: ReadInputOptions;
  onProgress?: (progress: IngestProgress) => void;
  /** Injected for tests; defaults to readInputs. */
  read?: (targets: readonly string[], options: ReadInputOptions) => AsyncIterable<ReadResult>;
}

function emptySummary(): IngestSummary {
  return { read: 0, inserted: 0, updated: 0, duplicates: 0, failed: [], events: 0, claims: 0, seconds: 0 };
}

function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

type Processed = { outcome: SaveOutcome; extraction: Extraction } | { failure: DocumentFailure };

async function processDocument(params: IngestParams, doc: SourceDocument, origin: string): Promise<Processed> {
  let extraction: Extraction;
  try {
    extraction = params.extractor.extract({ text: doc.text, published: doc.published });
  } catch (err) {
    return { failure: { origin, code: DOCUMENT_FAILURE_CODES.extract, message: `extraction failed: ${reason(err)}` } };
  }
  try {
    return { outcome: await params.store.saveDocument(doc, extraction), extraction };
  } catch (err) {
    return { failure: { origin, code: DOCUMENT_FAILURE_CODES.store, message: `could not be saved: ${reason(err)}` } };
  }
}

/** Adds one processed document to the summary (mutates the batch's own summary) and returns its outcome. */
function tally(summary: IngestSummary, processed: Processed): DocumentOutcome {
  if ('failure' in processed) {
    summary.failed.push(processed.failure);
    return 'failed';
  }
  const { outcome, extraction } = processed;
  if (outcome === 'duplicate') {
    summary.duplicates += 1;
    return outcome;
  }
  if (outcome === 'inserted') summary.inserted += 1;
  else summary.updated += 1;
  summary.events += extraction.events.length;
  summary.claims += extraction.claims.length;
  return outcome;
}

export async function ingest(params: IngestParams): Promise<IngestSummary> {
  const started = performance.now();
  const summary = emptySummary();
  const read = params.read ?? readInputs;
  for await (const result of read(params.targets, params.readOptions ?? {})) {
    let outcome: DocumentOutcome;
    if ('error' in result) {
      summary.failed.push({ origin: result.origin, code: result.error.code, message: result.error.message });
      outcome = 'failed';
    } else {
      summary.read += 1;
      outcome = tally(summary, await processDocument(params, result.document, result.origin));
    }
    summary.seconds = (performance.now() - started) / 1000;
    params.onProgress?.({ origin: result.origin, outcome, summary });
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
