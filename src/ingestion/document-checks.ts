// Checks every document gets, whatever its format, before it is handed on.
import type { SourceDocument } from '../core/types.ts';
import { isProbablyNotEnglish } from './language.ts';
import { ingestError, type IngestError, type ReadOptions } from './types.ts';

export function checkDocument(document: SourceDocument, options: ReadOptions): IngestError | null {
  const body = document.title ? document.text.slice(document.title.length).trim() : document.text.trim();
  if (!body) return ingestError('input.no_text', 'no body text (at most a title)');
  if (options.checkLanguage !== false && isProbablyNotEnglish(document.text)) {
    return ingestError('input.not_english', 'the text does not look like English (almost no English function words)');
  }
  return null;
}
