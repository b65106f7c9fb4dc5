// Domain objects → rows. Pure functions: saveDocument decides what to write, these only decide how.
import type { ClaimReport, EventReport, SourceDocument } from '../core/types.ts';
import { claimId, eventId, reportId, retaliatesForEventId } from './ids.ts';
import type { ClaimsTable, DocumentsTable, EventsTable, ReportsTable } from './schema.ts';
import type { StoredEvent } from './store.ts';

export function toDocumentRow(doc: SourceDocument, ingestedAt: string): DocumentsTable {
  return {
    id: doc.id,
    url: doc.url,
    title: doc.title,
    published: doc.published,
    outlet: doc.outlet,
    format: doc.format,
    origin: doc.origin,
    content_hash: doc.contentHash,
    text: doc.text,
    ingested_at: ingestedAt,
  };
}

export function toEventRow(documentId: string, report: EventReport, documentKeys: ReadonlySet<string>): EventsTable {
  return {
    id: eventId(documentId, report.key),
    type: report.type,
    actor: report.actor,
    target: report.target,
    actor_text: report.actorText,
    target_text: report.targetText,
    actor_sector: report.actorSector,
    target_sector: report.targetSector,
    date: report.date,
    date_granularity: report.dateGranularity,
    deadline: report.deadline,
    count: report.count,
    count_qualifier: report.countQualifier,
    modality: report.modality,
    background: report.background ? 1 : 0,
    from_reference: report.fromReference ? 1 : 0,
    retaliates_for: retaliatesForEventId(documentId, report, documentKeys),
    link_kind: report.link?.kind ?? null,
    link_cue: report.link?.cue ?? null,
    link_confidence: report.link?.confidence ?? null,
    link_reason: report.link?.reason ?? null,
    cameo: report.code.cameo,
    goldstein: report.code.goldstein,
    plover_type: report.code.plover.type,
    plover_mode: report.code.plover.mode,
    plover_context: JSON.stringify(report.code.plover.context),
  };
}

export function toReportRow(documentId: string, report: EventReport): ReportsTable {
  return {
    id: reportId(documentId, report.key),
    event_id: eventId(documentId, report.key),
    document_id: documentId,
    key: report.key,
    sentence: report.sentence,
    start: report.start,
    end: report.end,
    rules: JSON.stringify(report.rules),
    spans: JSON.stringify(report.spans),
    report: JSON.stringify(report),
  };
}

export function toClaimRow(documentId: string, claim: ClaimReport): ClaimsTable {
  return {
    id: claimId(documentId, claim.key),
    document_id: documentId,
    key: claim.key,
    type: claim.type,
    actor: claim.actor,
    target: claim.target,
    count: claim.count,
    count_qualifier: claim.countQualifier,
    period_from: claim.period.from,
    period_to: claim.period.to,
    sentence: claim.sentence,
    start: claim.start,
    end: claim.end,
    rules: JSON.stringify(claim.rules),
  };
}

/** A merged event (chains/) as its row: the stored event's own fields, link included. */
export function toMergedEventRow(e: Omit<StoredEvent, 'reports'>): EventsTable {
  return {
    id: e.id, type: e.type, actor: e.actor, target: e.target, actor_text: e.actorText, target_text: e.targetText,
    actor_sector: e.actorSector, target_sector: e.targetSector, date: e.date, date_granularity: e.dateGranularity,
    deadline: e.deadline, count: e.count, count_qualifier: e.countQualifier, modality: e.modality,
    background: e.background ? 1 : 0, from_reference: e.fromReference ? 1 : 0, retaliates_for: e.retaliatesFor,
    link_kind: e.link?.kind ?? null, link_cue: e.link?.cue ?? null, link_confidence: e.link?.confidence ?? null,
    link_reason: e.link?.reason ?? null, cameo: e.code.cameo, goldstein: e.code.goldstein,
    plover_type: e.code.plover.type, plover_mode: e.code.plover.mode, plover_context: JSON.stringify(e.code.plover.context),
  };
}
