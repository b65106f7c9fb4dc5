// Export every stored event in one format, streaming page by page so a big database never sits in memory.
import type { Store } from '../storage/store.ts';
import { appError } from './errors.ts';
import { reviewsFor } from './review.usecase.ts';
import { EXPORT_FORMATS, FORMATTERS, isExportFormat } from './export.formats.ts';

export { EXPORT_FORMATS, FORMATTERS, type ExportFormat } from './export.formats.ts';
export { toEventRecord, type EventRecord } from './export.record.ts';

export const EXPORT_PAGE_SIZE = 500;

export interface ExportParams {
  store: Store;
  format: string;
  pageSize?: number;
}

/** Chunks of text (each ends with the format's line terminator), header first. Throws usage.invalid on a bad format. */
export async function* exportEvents(params: ExportParams): AsyncGenerator<string> {
  if (!isExportFormat(params.format)) {
    throw appError('usage.invalid', `unknown export format "${params.format}" (one of ${EXPORT_FORMATS.join(', ')})`);
  }
  const formatter = FORMATTERS[params.format];
  const pageSize = params.pageSize ?? EXPORT_PAGE_SIZE;
  if (formatter.header !== null) yield formatter.header + formatter.eol;
  for (let offset = 0; ; offset += pageSize) {
    const page = await params.store.listEvents({ limit: pageSize, offset });
    const reviews = await reviewsFor(params.store, page);
    if (page.length > 0) yield page.map((event) => formatter.line(event, reviews.get(event.id)) + formatter.eol).join('');
    if (page.length < pageSize) return;
  }
}
