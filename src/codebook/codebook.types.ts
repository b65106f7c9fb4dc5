import type { ActionType, CountQualifier, Sector } from '../core/types.ts';
import type { PhraseIndex } from './phrase-index.ts';
import type { CueRole, MentionRole } from './codebook.schemas.ts';

export type NameKind = 'country' | 'capital' | 'org' | 'institution' | 'demonym' | 'person' | 'blocker';

/** What a name in the gazetteer stands for. `rule` is the id recorded as provenance. */
export interface NameEntry {
  code: string;
  kind: NameKind;
  sector: Sector | null;
  rule: string;
  validFrom?: string;
  validTo?: string | null;
}

export interface NounEntry {
  role: 'person' | 'national' | 'government' | 'mission';
  sector: Sector | null;
  rule: string;
}

export interface CueEntry {
  id: string;
  role: CueRole;
  confidence: number;
}

/** A compiled trigger pattern: groups of alternative phrases separated by gaps of at most `gaps[k]` tokens. */
export interface TriggerRule {
  id: string;
  type: ActionType;
  groups: string[][][];
  gaps: number[];
  pos?: string;
  nominal: boolean;
  passive: boolean;
  anchorGroup: number;
  actorFromSpeaker: boolean;
  /** "the suspension of work at the Dutch embassy": the mission's own state acts. */
  actorFromMission: boolean;
  outranks: ActionType[];
  cameo?: string;
  example: string;
}

export interface RoleSpec {
  objectRoles: Set<MentionRole | 'modifier'>;
  preps: Set<string>;
  hostPreps: Set<string>;
  ownMission: boolean;
}

export interface CodeEntry {
  cameo: string;
  goldstein: number;
  ploverType: string;
  ploverMode: string | null;
}

export interface Codebook {
  numbers: { words: Map<string, number>; ordinals: Map<string, number>; qualifiers: PhraseIndex<{ id: string; qualifier: CountQualifier }>;
    companions: Set<string> };
  codes: { byType: Map<ActionType, CodeEntry>; variants: Map<string, Partial<CodeEntry> & { cameo: string; goldstein: number }> };
  names: PhraseIndex<NameEntry>;
  nouns: PhraseIndex<NounEntry>;
  cues: Record<CueRole, PhraseIndex<CueEntry>>;
  /** Trigger rules by each first word of their anchor group. */
  triggersByWord: Map<string, TriggerRule[]>;
  triggers: TriggerRule[];
  roles: Map<ActionType, RoleSpec>;
}
