// Domain types shared by extraction, storage, CLI and API. Field names follow ../shared/spec/formats.md.

export const ACTION_TYPES = [
  'expel', 'recall', 'summon', 'close_mission', 'reduce_staff', 'restrict_diplomats', 'downgrade_relations',
  'break_relations', 'sanction', 'detain', 'accuse', 'protest', 'reject', 'threaten', 'restore',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export const MODALITIES = ['fact', 'planned', 'negated', 'hypothetical'] as const;
export type Modality = (typeof MODALITIES)[number];

export type Granularity = 'day' | 'month' | 'year';
export type CountQualifier = 'exact' | 'at_least' | 'about' | 'up_to' | 'more_than';
export type Sector = 'GOV' | 'DIP' | 'SPY' | 'MIL' | 'LEG' | 'JUD';
export type LinkKind = 'explicit' | 'implicit';

/** A piece of the document text that backs one field; offsets are into SourceDocument.text. */
export interface FieldSpan {
  start: number;
  end: number;
  text: string;
  rule: string;
}

/** A document as read from a file, stdin, URL or feed item, before extraction. */
export interface SourceDocument {
  /** `doc_` + hash of the URL when there is one, else of the text. */
  id: string;
  url: string | null;
  title: string;
  /** YYYY-MM-DD, or null when no publication date could be found. */
  published: string | null;
  /** Clean body text (markdown links read as their text); every offset refers to this string. */
  text: string;
  outlet: string | null;
  format: 'text' | 'html' | 'jsonl' | 'feed';
  /** Where it came from (file path, URL, "stdin:3"), for messages only. */
  origin: string;
  /** sha256 of `text`; re-ingesting identical text under the same id changes nothing. */
  contentHash: string;
}

export interface CodedAction {
  cameo: string;
  goldstein: number;
  plover: { type: string; mode: string | null; context: string[] };
}

/** One act as one sentence of one document reports it: the unit extraction produces. */
export interface EventReport {
  /** Stable within the document: `r` + sentence start offset + trigger offset. */
  key: string;
  type: ActionType;
  actor: string;
  target: string;
  actorText: string;
  targetText: string;
  actorSector: Sector | null;
  targetSector: Sector | null;
  date: string | null;
  dateGranularity: Granularity | null;
  deadline: string | null;
  count: number | null;
  countQualifier: CountQualifier | null;
  modality: Modality;
  background: boolean;
  /** True when the act is known only because another act's sentence refers to it ("in retaliation for ..."). */
  fromReference: boolean;
  /** Key of another report in the same document that this one answers. */
  retaliatesFor: string | null;
  /** `reason` is set on implicit links ("RUS expelled 23 GBR diplomats 3 days after ..."). */
  link: { kind: LinkKind; cue: string; confidence: number; reason?: string } | null;
  sentence: string;
  start: number;
  end: number;
  /** Rule ids that produced or changed the event, in order. */
  rules: string[];
  /** The text behind each field (trigger, actor, target, date, count, modality, link). */
  spans: Record<string, FieldSpan>;
  code: CodedAction;
}

/** An aggregate statement ("Since 2024, Russia has expelled at least nine British diplomats"): never an event. */
export interface ClaimReport {
  key: string;
  type: ActionType;
  actor: string;
  target: string;
  count: number | null;
  countQualifier: CountQualifier | null;
  period: { from: string | null; to: string | null };
  sentence: string;
  start: number;
  end: number;
  rules: string[];
}

export interface Extraction {
  events: EventReport[];
  claims: ClaimReport[];
}
