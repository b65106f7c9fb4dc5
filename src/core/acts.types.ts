// The records the API returns and the dashboard reads. Types only and no imports, so web/ can import this file
// without pulling server modules into its type check; acts.models.ts, export.record.ts, review.usecase.ts and
// event-detail.usecase.ts fill them, and the compiler checks that the store's review status and the ledger's
// proportionality still fit these unions.

export type ResponseKind = 'proportionate' | 'escalation' | 'de-escalation';

export interface ActSummary {
  id: string;
  date: string | null;
  date_granularity: string | null;
  type: string;
  actor: string;
  target: string;
  count: number | null;
  modality: string;
  goldstein: number;
  cameo: string;
  retaliates_for: string | null;
  sentence: string;
  url: string | null;
  title: string | null;
  /** Review status when an analyst reviewed the act; the fields above are then the corrected ones. */
  review: 'confirmed' | 'rejected' | 'corrected' | null;
}

/** The `correction` object of exported and served events (snake_case like the rest of the record). */
export interface CorrectionRecord {
  status: 'confirmed' | 'rejected' | 'corrected';
  fields: { type?: string; actor?: string; target?: string; date?: string | null; count?: number | null; retaliates_for?: string | null };
  note: string | null;
  reviewed_at: string;
}

/** One report of an event in the export shape of formats.md. */
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

/** A stored event in the export shape of formats.md (snake_case, one object per event, every report kept). */
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

/** The text behind one field of a report, with the rule that read it. */
export interface SpanRecord { start: number; end: number; text: string; rule: string }

/** One event as the event page shows it. */
export interface EventDetail extends Omit<EventRecord, 'reports'> {
  reports: Array<ReportRecord & { spans: Record<string, SpanRecord> }>;
  /** The values shown: corrected over extracted. */
  effective: ActSummary;
  answers: ActSummary | null;
  answered_by: ActSummary[];
  response: ResponseKind | null;
}
