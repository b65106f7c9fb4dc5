// Every data file under data/ is checked against these schemas at load: a typo in a rule fails at start-up,
// never silently at extraction time.
import { z } from 'zod';
import { ACTION_TYPES } from '../core/types.ts';

const id = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'ids are lower-case dotted words');
const example = z.string().min(8);
const actionType = z.enum(ACTION_TYPES);
const sector = z.enum(['GOV', 'DIP', 'SPY', 'MIL', 'LEG', 'JUD']);

export const placesSchema = z.object({
  description: z.string(),
  /** Capitals (from countries-list) that are also common words or names and so never stand for a state. */
  ambiguousCapitals: z.array(z.string()),
  entries: z.array(z.object({
    id, example,
    code: z.string().regex(/^([A-Z]{3}|EU|NATO|UN)$/),
    kind: z.enum(['country', 'capital', 'org']),
    forms: z.array(z.string().min(1)).min(1),
    caseSensitive: z.boolean().optional(),
    sector: sector.optional(),
  }).strict()),
});

export const institutionsSchema = z.object({
  description: z.string(),
  entries: z.array(z.object({
    id, example,
    code: z.string().regex(/^([A-Z]{3}|EU|NATO|UN)$/),
    sector,
    forms: z.array(z.string().min(1)).min(1),
  }).strict()),
});

export const nounRoles = ['person', 'national', 'government', 'mission'] as const;
export const nounsSchema = z.object({
  description: z.string(),
  classes: z.array(z.object({
    id, example,
    role: z.enum(nounRoles),
    sector: sector.nullable(),
    forms: z.array(z.string().min(1)).min(1),
  }).strict()),
});

export const cueRoles = ['link', 'planned', 'hypothetical', 'negated', 'threat', 'habitual', 'claim', 'deadline',
  'attribution', 'first-person', 'pair', 'echo', 'group', 'people-anaphor', 'agreed-step', 'same-time'] as const;
export const cuesSchema = z.object({
  description: z.string(),
  groups: z.array(z.object({
    id, example,
    role: z.enum(cueRoles),
    confidence: z.number().min(0).max(1).optional(),
    forms: z.array(z.string().min(1)).min(1),
  }).strict()),
});

export const triggersSchema = z.object({
  description: z.string(),
  rules: z.array(z.object({
    id, example,
    type: actionType,
    pattern: z.string().min(1),
    pos: z.enum(['NOUN', 'VERB', 'ADJ', 'PROPN']).optional(),
    nominal: z.boolean().optional(),
    /** The pattern itself is passive ("accreditation withdrawn"): the subject side holds the target. */
    passive: z.boolean().optional(),
    /** "speaker": the act is the speaker's own judgement ("its baseless accusations"), whoever the clause names. */
    /** Who acts when the clause names nobody: the speaker (judgements), or the state whose mission the trigger names. */
    actor: z.enum(['speaker', 'mission-owner']).optional(),
    /** Which group is the trigger's anchor (default 0): "ties ... were severed" anchors on "severed". */
    anchor: z.number().int().min(0).optional(),
    /** Types this rule wins over when both start at the same word: "suspended the embassy's use of" is no closure. */
    outranks: z.array(actionType).optional(),
    cameo: z.string().regex(/^\d{3,4}$/).optional(),
  }).strict()),
});

export const mentionRoles = ['state', 'person', 'national', 'government', 'mission'] as const;
export const rolesSchema = z.object({
  description: z.string(),
  types: z.array(z.object({
    type: actionType,
    example,
    objectRoles: z.array(z.enum([...mentionRoles, 'modifier'])),
    preps: z.array(z.string()),
    hostPreps: z.array(z.string()),
    ownMission: z.boolean().optional(),
  }).strict()),
});

export type PlacesFile = z.infer<typeof placesSchema>;
export type InstitutionsFile = z.infer<typeof institutionsSchema>;
export type NounsFile = z.infer<typeof nounsSchema>;
export type CuesFile = z.infer<typeof cuesSchema>;
export type TriggersFile = z.infer<typeof triggersSchema>;
export type RolesFile = z.infer<typeof rolesSchema>;
export type CueRole = (typeof cueRoles)[number];
export type MentionRole = (typeof mentionRoles)[number];

export const peopleSchema = z.object({
  description: z.string(),
  entries: z.array(z.object({
    id, example,
    code: z.string().regex(/^[A-Z]{3}$/),
    sector,
    forms: z.array(z.string().min(1)).min(1),
    from: z.string().regex(/^\d{4}$/),
    to: z.string().regex(/^\d{4}$/).nullable(),
  }).strict()),
});

export const blockersSchema = z.object({
  description: z.string(),
  entries: z.array(z.object({ id, example, forms: z.array(z.string().min(1)).min(1) }).strict()),
});

export const demonymsSchema = z.object({
  description: z.string(),
  entries: z.array(z.object({
    id, example,
    map: z.record(z.string(), z.string().regex(/^[A-Z]{3}$/)),
  }).strict()),
});

export type PeopleFile = z.infer<typeof peopleSchema>;
export type BlockersFile = z.infer<typeof blockersSchema>;
export type DemonymsFile = z.infer<typeof demonymsSchema>;

export const numbersSchema = z.object({
  description: z.string(),
  words: z.record(z.string(), z.number().int().positive()),
  /** "the third time since 2021": how many acts a tally counts. */
  ordinals: z.record(z.string(), z.number().int().positive()),
  qualifiers: z.array(z.object({
    id, example,
    qualifier: z.enum(['at_least', 'about', 'up_to', 'more_than']),
    forms: z.array(z.string().min(1)).min(1),
  }).strict()),
  companions: z.array(z.string()),
});
export type NumbersFile = z.infer<typeof numbersSchema>;

export const codesSchema = z.object({
  description: z.string(),
  types: z.array(z.object({
    type: actionType,
    cameo: z.string().regex(/^\d{3,4}$/),
    goldstein: z.number(),
    plover: z.object({ type: z.string(), mode: z.string().nullable() }),
    example,
  }).strict()),
  variants: z.array(z.object({
    id, example,
    cameo: z.string().regex(/^\d{3,4}$/),
    goldstein: z.number(),
    ploverMode: z.string().nullable().optional(),
    ploverType: z.string().optional(),
  }).strict()),
});
export type CodesFile = z.infer<typeof codesSchema>;
