// Row shapes as the database holds them (snake_case, both dialects). Booleans are 0/1 integers because
// better-sqlite3 cannot bind JS booleans; JSON goes in text columns so SQLite and PostgreSQL read back the same.
// Migrations do not import this file: they describe the schema as it was when they were written.

export interface DocumentsTable {
  id: string;
  url: string | null;
  title: string;
  published: string | null;
  outlet: string | null;
  format: string;
  origin: string;
  content_hash: string;
  text: string;
  ingested_at: string;
}

export interface EventsTable {
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
  background: number;
  from_reference: number;
  retaliates_for: string | null;
  link_kind: string | null;
  link_cue: string | null;
  link_confidence: number | null;
  /** Why an implicit link was proposed (migration 0002). */
  link_reason: string | null;
  cameo: string;
  goldstein: number;
  plover_type: string;
  plover_mode: string | null;
  /** JSON array of strings. */
  plover_context: string;
}

export interface ReportsTable {
  id: string;
  event_id: string;
  document_id: string;
  key: string;
  sentence: string;
  start: number;
  end: number;
  /** JSON array of rule ids. */
  rules: string;
  /** JSON object of FieldSpan by field. */
  spans: string;
  /** JSON of the full EventReport as extracted. */
  report: string;
}

export interface ClaimsTable {
  id: string;
  document_id: string;
  key: string;
  type: string;
  actor: string;
  target: string;
  count: number | null;
  count_qualifier: string | null;
  period_from: string | null;
  period_to: string | null;
  sentence: string;
  start: number;
  end: number;
  rules: string;
}

export interface EventReviewsTable {
  report_id: string;
  event_id: string;
  status: string;
  /** JSON of ReviewFields. */
  fields: string;
  note: string | null;
  reviewed_at: string;
}

export interface FeedsTable {
  url: string;
  etag: string | null;
  last_modified: string | null;
  failures: number;
  next_poll_at: string | null;
  last_polled_at: string | null;
  last_error: string | null;
}

export interface FeedItemsTable {
  feed_url: string;
  item_key: string;
  document_id: string | null;
  /** A SaveOutcome, or 'failed'. */
  outcome: string;
  attempts: number;
  error_code: string | null;
  updated_at: string;
}

export interface DocumentFingerprintsTable {
  document_id: string;
  signature: string;
  duplicate_of: string | null;
  similarity: number | null;
}

export interface FingerprintBandsTable {
  band: string;
  document_id: string;
}

/** One row per direction with events: totals and fact acts, kept current by every event write (migration 0005). */
export interface PairSummariesTable {
  actor: string;
  target: string;
  /** All modalities. */
  events: number;
  reports: number;
  /** Fact events. */
  acts: number;
  restoring: number;
  people: number;
}

export interface DB {
  documents: DocumentsTable;
  events: EventsTable;
  reports: ReportsTable;
  claims: ClaimsTable;
  event_reviews: EventReviewsTable;
  feeds: FeedsTable;
  feed_items: FeedItemsTable;
  document_fingerprints: DocumentFingerprintsTable;
  fingerprint_bands: FingerprintBandsTable;
  pair_summaries: PairSummariesTable;
}
