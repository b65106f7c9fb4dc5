// Shared by the ingestion tests: where fixtures live, and collecting async results.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SourceDocument } from '../core/types.ts';
import type { ReadResult } from './types.ts';

export const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingestion/', import.meta.url));
export const SEED = fileURLToPath(new URL('../../../shared/seed/000_b24bfe532129689f.txt', import.meta.url));

export function fixture(relative: string): string {
  return readFileSync(FIXTURES + relative, 'utf8');
}

export async function collect(results: AsyncIterable<ReadResult>): Promise<ReadResult[]> {
  const all: ReadResult[] = [];
  for await (const result of results) all.push(result);
  return all;
}

/** The document of a result, failing the test with the error when there is none. */
export function documentOf(result: ReadResult | undefined): SourceDocument {
  if (!result) throw new Error('no result');
  if ('error' in result) throw new Error(`${result.origin}: ${result.error.code}: ${result.error.message}`);
  return result.document;
}

export function errorCodeOf(result: ReadResult | undefined): string | null {
  return result && 'error' in result ? result.error.code : null;
}
