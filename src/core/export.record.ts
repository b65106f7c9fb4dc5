// A stored event in the export shape of formats.md (snake_case, one object per event, every report kept).
import type { EventReview, StoredEvent, StoredReport } from '../storage/store.ts';
import { toCorrectionRecord, type CorrectionRecord } from './review.usecase.ts';

export interface ReportRecord {
  document: string;
  url: string | null;
  title: string;
  published: string | null;
  sentence: string;
  start: number;
  end: number;
  rules: string[];
}

export interface EventRecord {
  id: string;
  type: string;
  actor: string;
  target: string;
  actor_text: string;
  target_text: string;
  actor_sector: string | null;
  target_sector: string | null;
  date: string | null;
  date_granularity: string | null;
  deadline: string | null;
  count: number | null;
  count_qualifier: string | null;
  modality: string;
  background: boolean;
  from_reference: boolean;
  retaliates_for: string | null;
  /** `reason` (an extension) explains an implicit link. */
  link: { kind: string; cue: string; confidence: number; reason?: string } | null;
  cameo: string;
  goldstein: number;
  plover: { type: string; mode: string | null; context: string[] };
  reports: ReportRecord[];
  /** The analyst's review, kept apart from the extracted values above; null when unreviewed. */
  correction: CorrectionRecord | null;
}

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
