// A stored event in the export shape of formats.md (snake_case, one object per event, every report kept).
import type { EventReview, StoredEvent, StoredReport } from '../storage/store.ts';
import type { EventRecord, ReportRecord } from './acts.types.ts';
import { toCorrectionRecord } from './review.usecase.ts';

export type { EventRecord, ReportRecord } from './acts.types.ts';

export function toReportRecord(stored: StoredReport): ReportRecord {
  const r = stored.report;
  return {
    document: stored.documentId, url: stored.url, title: stored.title, published: stored.published,
    sentence: r.sentence, start: r.start, end: r.end, rules: [...r.rules],
  };
}

export function toEventRecord(e: StoredEvent, review?: EventReview | null): EventRecord {
  return {
    id: e.id, type: e.type, actor: e.actor, target: e.target, actor_text: e.actorText, target_text: e.targetText,
    actor_sector: e.actorSector, target_sector: e.targetSector, date: e.date, date_granularity: e.dateGranularity,
    deadline: e.deadline, count: e.count, count_qualifier: e.countQualifier, modality: e.modality,
    background: e.background, from_reference: e.fromReference, retaliates_for: e.retaliatesFor,
    link: e.link ? { kind: e.link.kind, cue: e.link.cue, confidence: e.link.confidence, ...(e.link.reason ? { reason: e.link.reason } : {}) } : null,
    cameo: e.code.cameo, goldstein: e.code.goldstein,
    plover: { type: e.code.plover.type, mode: e.code.plover.mode, context: [...e.code.plover.context] },
    reports: e.reports.map(toReportRecord),
    correction: toCorrectionRecord(review),
  };
}
