// Rows → domain objects: the inverse of to-rows.ts. PostgreSQL returns bigint counts as strings (stack note G11),
// so every count passes through Number().
import type { ActionType, ClaimReport, EventReport, Modality, SourceDocument } from '../core/types.ts';
import type { ClaimsTable, DocumentsTable, EventsTable } from './schema.ts';
import type { StoredClaim, StoredDocument, StoredEvent, StoredReport } from './store.ts';

export interface ReportJoinRow {
  id: string;
  event_id: string;
  document_id: string;
  report: string;
  url: string | null;
  title: string;
  published: string | null;
}

export type DocumentListRow = Omit<DocumentsTable, 'text'> & {
  event_count: number | string | bigint | null;
  claim_count: number | string | bigint | null;
};

export function toStoredEvent(row: EventsTable, reports: StoredReport[]): StoredEvent {
  return {
    id: row.id,
    type: row.type as ActionType,
    actor: row.actor,
    target: row.target,
    actorText: row.actor_text,
    targetText: row.target_text,
    actorSector: row.actor_sector as EventReport['actorSector'],
    targetSector: row.target_sector as EventReport['targetSector'],
    date: row.date,
    dateGranularity: row.date_granularity as EventReport['dateGranularity'],
    deadline: row.deadline,
    count: row.count,
    countQualifier: row.count_qualifier as EventReport['countQualifier'],
    modality: row.modality as Modality,
    background: Boolean(row.background),
    fromReference: Boolean(row.from_reference),
    retaliatesFor: row.retaliates_for,
    link: toLink(row),
    code: {
      cameo: row.cameo,
      goldstein: row.goldstein,
      plover: { type: row.plover_type, mode: row.plover_mode, context: JSON.parse(row.plover_context) as string[] },
    },
    reports,
  };
}

function toLink(row: EventsTable): EventReport['link'] {
  if (row.link_kind === null) return null;
  const link: NonNullable<EventReport['link']> = {
    kind: row.link_kind as NonNullable<EventReport['link']>['kind'],
    cue: row.link_cue ?? '',
    confidence: row.link_confidence ?? 0,
  };
  if (row.link_reason) link.reason = row.link_reason;
  return link;
}

export function toStoredReport(row: ReportJoinRow): StoredReport {
  return {
    id: row.id,
    eventId: row.event_id,
    documentId: row.document_id,
    url: row.url,
    title: row.title,
    published: row.published,
    report: JSON.parse(row.report) as EventReport,
  };
}

export function toStoredClaim(row: ClaimsTable & { url: string | null }): StoredClaim {
  const claim: ClaimReport = {
    key: row.key,
    type: row.type as ActionType,
    actor: row.actor,
    target: row.target,
    count: row.count,
    countQualifier: row.count_qualifier as ClaimReport['countQualifier'],
    period: { from: row.period_from, to: row.period_to },
    sentence: row.sentence,
    start: row.start,
    end: row.end,
    rules: JSON.parse(row.rules) as string[],
  };
  return { ...claim, id: row.id, documentId: row.document_id, url: row.url };
}

export function toStoredDocument(row: DocumentListRow): StoredDocument {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    published: row.published,
    outlet: row.outlet,
    format: row.format as SourceDocument['format'],
    origin: row.origin,
    contentHash: row.content_hash,
    ingestedAt: row.ingested_at,
    eventCount: Number(row.event_count ?? 0),
    claimCount: Number(row.claim_count ?? 0),
  };
}
