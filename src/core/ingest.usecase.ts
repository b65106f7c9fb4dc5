// Ingest a batch: read → extract → save, one document at a time. A document that cannot be read, extracted or saved
// is a failure of that document only; the batch goes on (formats.md: "Failed documents never stop the batch").
import type { Extraction, SourceDocument } from './types.ts';
import type { SaveOutcome, Store } from '../storage/store.ts';
import { readInputs, type ReadInputOptions } from '../ingestion/read-input.ts';
import type { ReadResult } from '../ingestion/types.ts';
import { DOCUMENT_FAILURE_CODES } from './errors.ts';
import { dyadsOf, refreshAll, refreshDyads } from '../chains/chains.usecases.ts';

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
  /** New documents that repeat an earlier one (the same wire story): stored, their reports joined its events. */
  nearDuplicates: number;
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

export function emptySummary(): IngestSummary {
  return { read: 0, inserted: 0, updated: 0, duplicates: 0, nearDuplicates: 0, failed: [], events: 0, claims: 0, seconds: 0 };
}

function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

type Processed = { outcome: SaveOutcome; extraction: Extraction } | { failure: DocumentFailure };

const NOTHING: Extraction = { events: [], claims: [] };

async function processDocument(params: Pick<IngestParams, 'store' | 'extractor'>, doc: SourceDocument, origin: string): Promise<Processed> {
  // Already stored with this text: skip extraction (the costly part). saveDocument stays the authority, so a
  // document another process is saving right now is still extracted, then found a duplicate there.
  try {
    if (await params.store.hasDocument(doc.id, doc.contentHash)) return { outcome: 'duplicate', extraction: NOTHING };
  } catch {
    // The save below reports a store that fails; this check is only a shortcut.
  }
  let extraction: Extraction;
  try {
    extraction = params.extractor.extract({ text: doc.text, published: doc.published });
  } catch (err) {
    return { failure: { origin, code: DOCUMENT_FAILURE_CODES.extract, message: `extraction failed: ${reason(err)}` } };
  }
  let outcome: SaveOutcome;
  try {
    outcome = await params.store.saveDocument(doc, extraction);
  } catch (err) {
    return { failure: { origin, code: DOCUMENT_FAILURE_CODES.store, message: `could not be saved: ${reason(err)}` } };
  }
  try {
    // One act, one record: re-merge and re-link the pairs of states this document touches. An updated document may
    // have left other pairs, so everything is recomputed then (rare; the result is the same either way).
    if (outcome === 'inserted' || outcome === 'near_duplicate') await refreshDyads({ store: params.store, pairs: dyadsOf(extraction) });
    if (outcome === 'updated') await refreshAll({ store: params.store });
  } catch (err) {
    return { failure: { origin, code: DOCUMENT_FAILURE_CODES.store, message: `saved, but merging failed: ${reason(err)}` } };
  }
  return { outcome, extraction };
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
  if (outcome === 'near_duplicate') {
    // Its acts were counted with the earlier copy: they are not new events.
    summary.nearDuplicates += 1;
    return outcome;
  }
  if (outcome === 'inserted') summary.inserted += 1;
  else summary.updated += 1;
  summary.events += extraction.events.length;
  summary.claims += extraction.claims.length;
  return outcome;
}

/** One read result into the store and the batch's summary (`watch` calls it item by item). */
export async function ingestResult(
  params: Pick<IngestParams, 'store' | 'extractor'>,
  summary: IngestSummary,
  result: ReadResult,
): Promise<DocumentOutcome> {
  if ('error' in result) {
    summary.failed.push({ origin: result.origin, code: result.error.code, message: result.error.message });
    return 'failed';
  }
  summary.read += 1;
  return tally(summary, await processDocument(params, result.document, result.origin));
}

export async function ingest(params: IngestParams): Promise<IngestSummary> {
  const started = performance.now();
  const summary = emptySummary();
  const read = params.read ?? readInputs;
  for await (const result of read(params.targets, params.readOptions ?? {})) {
    const outcome = await ingestResult(params, summary, result);
    summary.seconds = (performance.now() - started) / 1000;
    params.onProgress?.({ origin: result.origin, outcome, summary });
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
