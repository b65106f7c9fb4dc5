// The storage contract. SQLite (embedded default) and PostgreSQL (teams) implement it with the same kysely code;
// one contract suite (store.contract.test.ts) runs on both. Extraction never sees it; usecases do.
import type { ActionType, ClaimReport, EventReport, Modality, SourceDocument } from '../core/types.ts';

/** A stored act: one or more reports (EventReport from one document each) grouped into one event. */
export interface StoredEvent extends Omit<EventReport, 'key' | 'sentence' | 'start' | 'end' | 'rules' | 'spans' | 'retaliatesFor'> {
  /** `evt_` + 16 hex chars; deterministic (see ids.ts), so the same documents give the same ids. */
  id: string;
  /** Id of the stored event this one answers, or null. */
  retaliatesFor: string | null;
  reports: StoredReport[];
}

export interface StoredReport {
  id: string;
  eventId: string;
  documentId: string;
  url: string | null;
  title: string;
  published: string | null;
  /** The report as extracted (all fields, conflicting details kept per report). */
  report: EventReport;
}

export interface StoredClaim extends ClaimReport {
  id: string;
  documentId: string;
  url: string | null;
}

export interface StoredDocument {
  id: string;
  url: string | null;
  title: string;
  published: string | null;
  outlet: string | null;
  format: SourceDocument['format'];
  origin: string;
  contentHash: string;
  ingestedAt: string;
  eventCount: number;
  claimCount: number;
}

export interface EventFilter {
  actor?: string;
  target?: string;
  /** Either direction between two states. */
  pair?: [string, string];
  type?: ActionType;
  modality?: Modality;
  /**
   * Inclusive date bounds, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Compared as text at the coarser of the two precisions,
   * so an event dated `2026-01` matches since=2026-01-15 (its month overlaps). Undated events never match a bound.
   */
  since?: string;
  until?: string;
  /** Substring of any report sentence (case-insensitive; SQLite folds ASCII letters only). `%`/`_` are literal. */
  text?: string;
  limit?: number;
  offset?: number;
}

export type SaveOutcome = 'inserted' | 'duplicate' | 'updated';

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs pending numbered migrations; safe to call on every start. */
  migrate(): Promise<void>;
  /**
   * Stores a document, its reports and claims in ONE transaction; a crash never leaves half a document.
   * 'duplicate' when the same id with the same content hash exists (nothing changes); 'updated' when the id exists
   * with other content (its reports and claims are replaced).
   */
  saveDocument(doc: SourceDocument, extraction: { events: EventReport[]; claims: ClaimReport[] }): Promise<SaveOutcome>;
  getDocument(id: string): Promise<(StoredDocument & { text: string }) | null>;
  /** Most recently ingested first. */
  listDocuments(options?: { limit?: number; offset?: number }): Promise<StoredDocument[]>;
  /** Ordered by date (undated last), then id. Throws RangeError for a negative or fractional limit/offset. */
  listEvents(filter?: EventFilter): Promise<StoredEvent[]>;
  /** Every match: limit and offset are ignored, so it gives the total for paging. */
  countEvents(filter?: EventFilter): Promise<number>;
  getEvent(id: string): Promise<StoredEvent | null>;
  listClaims(): Promise<StoredClaim[]>;
  stats(): Promise<{ documents: number; events: number; reports: number; claims: number }>;
  close(): Promise<void>;
}
