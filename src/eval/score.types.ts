// Shapes of the scorer's input and output (src/eval/score.ts).
import type { ActionType, Extraction } from '../core/types.ts';
import type { GoldFile } from './gold.ts';
import type { Accuracy, Prf } from './metrics.ts';
import type { EventIdOf, MergeScore } from './merge-score.ts';
import type { CrossLinkScore, SystemLink } from './cross-links.ts';

export interface ScoredDocument {
  /** The gold NAME (file name without `.gold.json`). */
  name: string;
  /** SourceDocument id when known; the document argument of `eventIdOf` (else `name`). */
  documentId?: string;
  /** Document text, to show the sentence of each miss. */
  text?: string;
  gold: GoldFile;
  system: Extraction;
  /** Set when the document could not be read or extracted (its system output is then empty). */
  error?: string;
}

export interface ScoreOptions {
  /** Cross-document merge: (document, report key) → system event id. Absent: each report is its own event. */
  eventIdOf?: EventIdOf;
  /** Links between stored events (needs eventIdOf): scored across documents by gold act keys. */
  systemLinks?: SystemLink[];
}

export interface Miss {
  document: string; id: string; type: ActionType; actor: string; target: string; date: string;
  modality: string; evidence: string; sentence: string | null; closest: string | null;
}
export interface FalsePositive {
  document: string; key: string; type: ActionType; actor: string; target: string; date: string | null;
  modality: string; sentence: string;
}
export interface ClaimError { document: string; kind: 'missed' | 'spurious'; claim: string; sentence: string | null }
export interface LinkError { document: string; kind: 'missed' | 'wrong'; link: string }
export type TypeScore = Prf & { type: ActionType };

export interface ScoreReport {
  documents: number;
  failed: Array<{ document: string; error: string }>;
  events: Prf;
  byType: TypeScore[];
  /** System events matched to optional gold: left out of both counts. */
  optionalMatched: number;
  fields: { count: Accuracy; countQualifier: Accuracy; date: Accuracy; background: Accuracy };
  /** Over pairs matched on type and date only: both sides right, and actor/target swapped. */
  sides: { pairs: number; bothRight: Accuracy; swapped: Accuracy };
  links: Prf;
  claims: Prf;
  merge: MergeScore;
  /** Links between merged events, scored across documents by gold act keys; null without a merge step. */
  crossLinks: CrossLinkScore | null;
  misses: Miss[];
  falsePositives: FalsePositive[];
  claimErrors: ClaimError[];
  linkErrors: LinkError[];
  /** Matched events whose count or date differs from the gold: what count and date accuracy miss. */
  fieldErrors: FieldError[];
}

export interface FieldError {
  document: string;
  id: string;
  field: 'count' | 'date';
  gold: string;
  system: string;
  key: string;
}
