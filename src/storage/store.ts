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
  /** Events whose stored link says they answer this event id. */
  retaliatesFor?: string;
  /** 'date' (default): oldest first, undated last. 'recent': dated events only, newest first. */
  order?: 'date' | 'recent';
}

/** An analyst's verdict on one event, stored apart from extraction output (migration 0003). */
export type ReviewStatus = 'confirmed' | 'rejected' | 'corrected';

/** Corrected values; a field that is absent keeps the extracted value. null clears it (date, count, link). */
export interface ReviewFields {
  type?: ActionType;
  actor?: string;
  target?: string;
  date?: string | null;
  count?: number | null;
  /** Id of the event this one answers (the corrected link). */
  retaliatesFor?: string | null;
}

/**
 * Anchored to a report, not only to the event: report ids are deterministic and survive re-extraction, while merging
 * may give an act a new event id when another document reports it. The event is found again through the report.
 */
export interface EventReview {
  /** The event as it was reviewed; readers report the event that holds `reportId` now. */
  eventId: string;
  /** The reviewed event's first report. */
  reportId: string;
  status: ReviewStatus;
  fields: ReviewFields;
  note: string | null;
  reviewedAt: string;
}

/** Acts (modality fact) from one state to another, for the overview network. */
export interface PairSummary {
  actor: string;
  target: string;
  acts: number;
  hostile: number;
  restoring: number;
  /** Sum of counts (people expelled, staff cut, ...) where stated. */
  people: number;
}

/** An act that answers another one, with both sides' size, for "biggest escalations". */
export interface AnswerPair {
  answerId: string;
  originalId: string;
  /** |goldstein| x max(count, 1) of the answer divided by the same of the original. */
  ratio: number;
}

/** A merged event as chains/ computes it: the event's fields (link included) and the ids of the reports it holds. */
export interface MergedEvent {
  event: Omit<StoredEvent, 'reports'>;
  reportIds: string[];
}

/**
 * 'near_duplicate': a new document whose text is nearly that of an earlier one (the same wire story elsewhere): it
 * is stored, and its reports join the earlier document's matching events, so the acts are counted once.
 */
export type SaveOutcome = 'inserted' | 'duplicate' | 'updated' | 'near_duplicate';

/** Polling state of one watched feed (`riposte watch`). Times are ISO instants. */
export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** Consecutive failed polls; 0 after a good one. Drives the backoff. */
  failures: number;
  nextPollAt: string | null;
  lastPolledAt: string | null;
  lastError: string | null;
}

/** What happened to one feed item; a failed item is retried until `attempts` reaches the watcher's limit. */
export interface FeedItemRecord {
  feedUrl: string;
  itemKey: string;
  documentId: string | null;
  outcome: SaveOutcome | 'failed';
  attempts: number;
  errorCode: string | null;
}

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
  /** True when this id is stored with this content hash (saving it again would be 'duplicate'). A cheap pre-check. */
  hasDocument(id: string, contentHash: string): Promise<boolean>;
  /** Most recently ingested first. */
  listDocuments(options?: { limit?: number; offset?: number }): Promise<StoredDocument[]>;
  /** Ordered by date (undated last), then id. Throws RangeError for a negative or fractional limit/offset. */
  listEvents(filter?: EventFilter): Promise<StoredEvent[]>;
  /** Every match: limit and offset are ignored, so it gives the total for paging. */
  countEvents(filter?: EventFilter): Promise<number>;
  getEvent(id: string): Promise<StoredEvent | null>;
  listClaims(): Promise<StoredClaim[]>;
  /** Insert or replace the review anchored to review.reportId. No foreign keys: reviews outlive re-extraction. */
  saveReview(review: EventReview): Promise<void>;
  /** Reviews anchored to any of these report ids (any order); unknown ids are skipped. */
  listReviews(reportIds: readonly string[]): Promise<EventReview[]>;
  /** Removes the reviews anchored to these report ids; returns how many were removed. */
  deleteReviews(reportIds: readonly string[]): Promise<number>;
  /** Fact acts grouped by direction, most acts first, at most `limit` pairs. */
  pairSummaries(limit: number): Promise<PairSummary[]>;
  /** Answers larger than the act they answer (ratio > minRatio), largest ratio first, among the `window` (default
   * 5,000) most recent dated fact answers. */
  listEscalations(options: { limit: number; minRatio: number; window?: number }): Promise<AnswerPair[]>;
  /** Every pair of states with an event between them, once each (smaller code first), sorted. */
  listDyads(): Promise<Array<[string, string]>>;
  /**
   * Re-plans the merged events of one pair of states (both directions) in ONE transaction holding the pair's lock:
   * `plan` gets the pair's stored events with their reports and returns the new events; they are written (inserted
   * or updated by id), their reports re-pointed to them, and the pair's other events, left without reports,
   * deleted. Every report of the pair must be in exactly one planned event. Writers of one pair wait for each other.
   */
  updateDyad(pair: [string, string], plan: (events: StoredEvent[]) => readonly MergedEvent[]): Promise<void>;
  stats(): Promise<{ documents: number; events: number; reports: number; claims: number }>;
  /** The earlier document this one was stored as a near duplicate of, or null. */
  nearDuplicateOf(documentId: string): Promise<string | null>;
  getFeedState(url: string): Promise<FeedState | null>;
  /** Insert or replace the feed's row. */
  saveFeedState(state: FeedState): Promise<void>;
  /** The records of these item keys of a feed (missing keys were never handled). */
  getFeedItems(feedUrl: string, itemKeys: readonly string[]): Promise<Map<string, FeedItemRecord>>;
  /** Insert or replace one item record. */
  saveFeedItem(record: FeedItemRecord): Promise<void>;
  close(): Promise<void>;
}
