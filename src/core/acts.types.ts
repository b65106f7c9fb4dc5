// The act record the API returns and the dashboard reads. Types only and no imports, so web/ can import this file
// without pulling server modules into its type check; acts.models.ts fills it, and the compiler checks that the
// store's review status and the ledger's proportionality still fit these unions.

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
