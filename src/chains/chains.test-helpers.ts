// Hand-made stored reports for the chains/ unit tests.
import { makeReport } from '../storage/store.fixtures.test-helpers.ts';
import type { EventReport } from '../core/types.ts';
import type { DyadReport } from './chains.models.ts';

export function rep(id: string, documentId: string, fields: Partial<EventReport> = {}): DyadReport {
  return { id: `rep_${id.padEnd(16, '0')}`, documentId, published: '2026-02-02', report: makeReport(fields.key ?? id, fields) };
}
