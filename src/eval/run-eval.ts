// `riposte eval`: read every article of a gold folder with the ingestion readers, extract, score.
import type { Extraction, SourceDocument } from '../core/types.ts';
import { readInput } from '../ingestion/read-input.ts';
import type { ReadResult } from '../ingestion/types.ts';
import { loadGoldFolder, type GoldCase } from './gold.ts';
import { scoreDocuments, type EventIdOf, type ScoredDocument, type ScoreReport } from './score.ts';
import type { SystemLink } from './cross-links.ts';
import { storeAndMerge } from './store-and-merge.ts';

export { formatReport } from './format.ts';

export interface EvalExtractor {
  extract(input: { text: string; published: string | null }): Extraction;
}

export interface ExtractedDocument {
  name: string;
  document: SourceDocument;
  extraction: Extraction;
}

export interface EvalOptions {
  /** Defaults to the real extractor (`createExtractor()`), loaded on first use. */
  extractor?: EvalExtractor;
  /** Cross-document merge step: given every extraction, returns (document id, report key) → system event id. */
  merge?: (documents: readonly ExtractedDocument[]) => EventIdOf;
  /**
   * Stores every extraction and runs merging and linking; gives the stored event of each report and the stored
   * links. Defaults to a throw-away in-memory SQLite store (storeAndMerge). Ignored when `merge` is given.
   */
  store?: (documents: readonly ExtractedDocument[]) => Promise<{ eventIdOf: EventIdOf; systemLinks: SystemLink[] }>;
  /** Called after each document, e.g. for progress. */
  onDocument?: (name: string, index: number, total: number) => void;
}

export interface EvalReport extends ScoreReport {
  goldDir: string;
  /** Differences between what the readers found and the gold's `document` block (publication date, URL). */
  warnings: string[];
}

const EMPTY: Extraction = { events: [], claims: [] };

/** The document of a gold pair: the only one of the file, or, for a JSONL file of several, the one with the gold URL. */
function pickDocument(results: ReadResult[], c: GoldCase): { document: SourceDocument } | { error: string } {
  const docs = results.flatMap((r) => ('document' in r ? [r.document] : []));
  const errors = results.flatMap((r) => ('error' in r ? [`${r.origin}: ${r.error.message} [${r.error.code}]`] : []));
  const url = c.gold.document.url ?? null;
  const byUrl = url === null ? [] : docs.filter((d) => d.url === url);
  if (byUrl.length === 1) return { document: byUrl[0]! };
  if (docs.length === 1) return { document: docs[0]! };
  if (docs.length === 0) return { error: errors.join('; ') || 'no document read' };
  return { error: `${docs.length} documents in ${c.inputPath} and none with the gold URL ${url ?? '(none given)'}` };
}

function checkDocument(c: GoldCase, document: SourceDocument): string[] {
  const out: string[] = [];
  const published = c.gold.document.published ?? null;
  if (published !== null && document.published !== published) {
    out.push(`${c.name}: publication date read as ${document.published ?? 'none'}, gold says ${published}`);
  }
  const url = c.gold.document.url ?? null;
  if (url !== null && document.url !== url) out.push(`${c.name}: URL read as ${document.url ?? 'none'}, gold says ${url}`);
  return out;
}

async function defaultExtractor(): Promise<EvalExtractor> {
  const { createExtractor } = await import('../extraction/extract.ts');
  return createExtractor();
}

export async function runEval(goldDir: string, options: EvalOptions = {}): Promise<EvalReport> {
  const cases = loadGoldFolder(goldDir);
  const extractor = options.extractor ?? (await defaultExtractor());
  const scored: ScoredDocument[] = [];
  const extracted: ExtractedDocument[] = [];
  const warnings: string[] = [];
  for (const [index, c] of cases.entries()) {
    const results: ReadResult[] = [];
    for await (const result of readInput(c.inputPath)) results.push(result);
    const picked = pickDocument(results, c);
    if ('error' in picked) {
      scored.push({ name: c.name, gold: c.gold, system: EMPTY, error: `read failed: ${picked.error}` });
    } else {
      const { document } = picked;
      warnings.push(...checkDocument(c, document));
      try {
        const extraction = extractor.extract({ text: document.text, published: document.published });
        extracted.push({ name: c.name, document, extraction });
        scored.push({ name: c.name, documentId: document.id, text: document.text, gold: c.gold, system: extraction });
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        scored.push({ name: c.name, documentId: document.id, text: document.text, gold: c.gold, system: EMPTY, error: `extraction failed: ${message}` });
      }
    }
    options.onDocument?.(c.name, index, cases.length);
  }
  if (options.merge) return { goldDir, warnings, ...scoreDocuments(scored, { eventIdOf: options.merge(extracted) }) };
  const stored = await (options.store ?? storeAndMerge)(extracted);
  return { goldDir, warnings, ...scoreDocuments(scored, stored) };
}
