// Working shapes of the extraction pipeline. Stages annotate sentences, recognisers turn triggers into candidates,
// refiners fill and filter candidates; `finalize` turns survivors into EventReport / ClaimReport.
import type { ActionType, CountQualifier, FieldSpan, Granularity, LinkKind, Modality, Sector } from '../core/types.ts';
import type { CueEntry, TriggerRule } from '../codebook/codebook.types.ts';
import type { MentionRole } from '../codebook/codebook.schemas.ts';
import type { Analysis, Sentence } from './nlp.ts';

export type Pronoun = 'own' | 'first' | 'third-person' | 'third-plural';

/** A reference to a state in the text: a name, a demonym + noun ("a Russian diplomat"), a mission, a pronoun. */
export interface Mention {
  /** ISO3 / EU / NATO / UN; '' for an unresolved pronoun. */
  code: string;
  role: MentionRole | 'modifier';
  sector: Sector | null;
  t0: number;
  t1: number;
  start: number;
  end: number;
  text: string;
  /** The country a mission or envoy sits in ("the British Embassy in Moscow" → RUS). */
  host: string | null;
  possessive: boolean;
  /** The preposition right before the mention, lower-cased, or null. */
  prep: string | null;
  pronoun: Pronoun | null;
  inQuote: boolean;
  rule: string;
}

export interface Trigger {
  rule: TriggerRule;
  anchor: number;
  t0: number;
  t1: number;
}

export interface DateMention {
  t0: number;
  t1: number;
  start: number;
  end: number;
  text: string;
  date: string;
  granularity: Granularity;
  /** "within two weeks", "by Friday": a deadline, not the date of an act. */
  deadline: boolean;
  /** Not a date but an offset in days: from the main act of the sentence to the act of this clause ("a day after
   * Moscow expelled ..." = -1, kind 'clause'), or from the act told just before ("the next day" = +1, kind
   * 'discourse'). Unit 'month': the same month as that act ("later that month"). */
  relation: { kind: 'clause' | 'discourse'; days: number; unit?: 'month' } | null;
  /** Only a weekday was said ("on Friday"): the week is inferred. */
  weekdayOnly: boolean;
  rule: string;
}

export interface Cue {
  entry: CueEntry;
  t0: number;
  t1: number;
}

export interface SentenceInfo {
  sentence: Sentence;
  mentions: Mention[];
  triggers: Trigger[];
  dates: DateMention[];
  cues: Cue[];
  /** The state speaking in this sentence (from "X said", or carried over from the quote before). */
  speaker: Mention | null;
  /** Token indices inside quotation marks. */
  quoted: Set<number>;
}

export interface Candidate {
  key: string;
  info: SentenceInfo;
  trigger: Trigger;
  type: ActionType;
  /** When a threat wraps another measure ("threatened to expel"): that measure, for the CAMEO code. */
  threatOf: ActionType | null;
  actor: Mention | null;
  target: Mention | null;
  date: string | null;
  granularity: Granularity | null;
  deadline: string | null;
  count: number | null;
  countQualifier: CountQualifier | null;
  modality: Modality;
  background: boolean;
  fromReference: boolean;
  /** Key of the candidate this one answers, and the cue that says so. */
  retaliatesFor: string | null;
  link: { kind: LinkKind; cue: string; confidence: number } | null;
  rules: string[];
  spans: Record<string, FieldSpan>;
  /** "X ordered Y to close its consulate": Y, the party made to act, which is the act's target. */
  orderedParty: Mention | null;
  /** Set by a refiner that removes the candidate, for debug traces. */
  dropped: string | null;
  /** True when a claim (aggregate statement) was made from this trigger instead of an event. */
  claim: boolean;
}

export interface DocumentState {
  published: string | null;
  analysis: Analysis;
  sentences: SentenceInfo[];
  /** Speaker carried from one quoted sentence to the next. */
  lastSpeaker: Mention | null;
  /** Who issued the statement the article reproduces ("X issued the following statement"): it speaks every sentence
   * after that names no speaker of its own. */
  statementBy?: Mention | null;
  /** The last year the article stated outright, for "in September of that year". */
  lastYear: number | null;
  /** The day the lead tells of ("A Berlin court on Wednesday sentenced ..."), when just before publication; set by
   * the dates annotator on its first sentence. */
  newsDay?: string | null;
  /** Officials the article introduced with their state, by full name and by surname; null when two states share it. */
  officials?: Map<string, Official | null>;
}

export interface Official { code: string; role: Mention['role']; sector: Mention['sector'] }
