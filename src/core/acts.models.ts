// Pure helpers over stored events for the dashboard: a lean act summary (corrected values shown, the review status
// kept), the size of an act, and whether an answer is proportionate to the act it answers (the ledger's own rule,
// src/chains/ledger.models.ts assessResponse, applied to the corrected values).
import { assessResponse, toLedgerAct } from '../chains/ledger.models.ts';
import type { MissionSize } from '../chains/missions.ts';
import { appError } from './errors.ts';
import { effectiveFields } from './review.usecase.ts';
import type { EventReview, StoredEvent } from '../storage/store.ts';
import type { ActSummary, ResponseKind } from './acts.types.ts';

export type { ActSummary, ResponseKind } from './acts.types.ts';

/** Overview ranking only: an answer at least this many times the size (|Goldstein| x people) of what it answers. */
export const ESCALATION_RATIO = 1.25;

export function toActSummary(event: StoredEvent, review?: EventReview): ActSummary {
  const f = effectiveFields(event, review);
  const first = event.reports[0];
  return {
    id: event.id, date: f.date, date_granularity: f.date === event.date ? event.dateGranularity : granularityOf(f.date),
    type: f.type, actor: f.actor, target: f.target, count: f.count, modality: event.modality, goldstein: event.code.goldstein,
    cameo: event.code.cameo, retaliates_for: f.retaliatesFor, sentence: first?.report.sentence ?? '',
    url: first?.url ?? null, title: first?.title ?? null, review: review?.status ?? null,
  };
}

function granularityOf(date: string | null): string | null {
  if (date === null) return null;
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

export function magnitude(act: { goldstein: number; count: number | null }): number {
  return Math.abs(act.goldstein) * Math.max(act.count ?? 1, 1);
}

/** The event with the analyst's corrections applied (type, actor, target, date, count, link). */
export function correctedEvent(event: StoredEvent, review?: EventReview): StoredEvent {
  if (review?.status !== 'corrected') return event;
  return { ...event, ...effectiveFields(event, review) };
}

export function responseKind(answer: StoredEvent, original: StoredEvent, sizes: readonly MissionSize[]): ResponseKind {
  return assessResponse(toLedgerAct(answer, sizes), toLedgerAct(original, sizes)).flag;
}

/** `GBR-RUS` (any case) → ['GBR', 'RUS']; anything else is request.invalid. */
export function parsePair(text: string): [string, string] {
  const match = /^([A-Za-z]{2,8})-([A-Za-z]{2,8})$/.exec(text);
  if (!match || match[1]!.toUpperCase() === match[2]!.toUpperCase()) {
    throw appError('request.invalid', `invalid pair "${text}" (two different state codes such as GBR-RUS)`);
  }
  return [match[1]!.toUpperCase(), match[2]!.toUpperCase()];
}
