// Loads data/ (rules and lexicons), validates every file against its schema, and builds the matchers the
// extraction stages use. Country names and demonyms come from i18n-iso-countries and i18n-nationality; our own
// files add what those lack (metonyms, institutions, office holders, blockers).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import { countries as countryData } from 'countries-list';
import nationality from 'i18n-nationality';
import type { ZodType } from 'zod';
import { ACTION_TYPES, type ActionType } from '../core/types.ts';
import type { Nlp } from '../extraction/nlp.ts';
import { PhraseIndex } from './phrase-index.ts';
import { compilePattern } from './trigger-pattern.ts';
import {
  blockersSchema, codesSchema, numbersSchema, cueRoles, cuesSchema, demonymsSchema, institutionsSchema, nounsSchema, peopleSchema,
  placesSchema, rolesSchema, triggersSchema, type CueRole,
} from './codebook.schemas.ts';
import type { CueEntry, Codebook, NameEntry, NounEntry, RoleSpec, TriggerRule } from './codebook.types.ts';

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

function load<T>(dir: string, file: string, schema: ZodType<T>): T {
  const path = join(dir, file);
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`codebook: ${path} is invalid: ${parsed.error.message}`);
  return parsed.data;
}

/** A form written all in capitals ("US", "UK", "EU") is matched case-sensitively: "us" is a pronoun. */
function isCaseSensitive(form: string): boolean {
  return /[A-Z]/.test(form) && form === form.toUpperCase() && form.replace(/[^A-Za-z]/g, '').length <= 4;
}

function buildNames(dir: string, nlp: Nlp): PhraseIndex<NameEntry> {
  const names = new PhraseIndex<NameEntry>();
  const add = (form: string, entry: NameEntry, forceCase?: boolean) => {
    // Leading articles are dropped so "the Kremlin" and "Kremlin" are one form and the article stays outside the span.
    const bare = form.replace(/^the\s+/i, '');
    const words = nlp.tokenizeForm(bare);
    const surface = (forceCase ?? isCaseSensitive(bare)) ? rawTokens(bare, nlp) : null;
    names.add(words, entry, surface);
  };
  for (const b of load(dir, 'lexicons/blockers.json', blockersSchema).entries) {
    for (const f of b.forms) add(f, { code: '', kind: 'blocker', sector: null, rule: b.id });
  }
  const all = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  for (const [alpha2, list] of Object.entries(all)) {
    const code = countries.alpha2ToAlpha3(alpha2);
    if (!code) continue;
    for (const name of list) {
      if (/[,()]/.test(name)) continue; // "Korea, Republic of" never occurs in running text
      add(name, { code, kind: 'country', sector: 'GOV', rule: `name.iso.${alpha2.toLowerCase()}` });
    }
  }
  const nat = nationality.getNames('en') as Record<string, string>;
  for (const [alpha2, demonym] of Object.entries(nat)) {
    const code = nationality.alpha2ToAlpha3(alpha2);
    if (code) add(demonym, { code, kind: 'demonym', sector: null, rule: `demonym.${alpha2.toLowerCase()}` });
  }
  for (const d of load(dir, 'lexicons/demonyms.json', demonymsSchema).entries) {
    for (const [form, code] of Object.entries(d.map)) add(form, { code, kind: 'demonym', sector: null, rule: d.id });
  }
  // Capitals stand for their government ("Canberra recalled ..."); our places.json adds seats of government and
  // overrides. Capitals that are also common words or names are left out.
  const ambiguous = new Set(load(dir, 'lexicons/places.json', placesSchema).ambiguousCapitals);
  for (const [alpha2, data] of Object.entries(countryData)) {
    const code = countries.alpha2ToAlpha3(alpha2);
    for (const capital of data.capital.split(/,\s*/)) {
      if (!code || !capital || ambiguous.has(capital)) continue;
      add(capital, { code, kind: 'capital', sector: 'GOV', rule: `capital.${alpha2.toLowerCase()}` }, true);
    }
  }
  for (const p of load(dir, 'lexicons/places.json', placesSchema).entries) {
    for (const f of p.forms) {
      add(f, { code: p.code, kind: p.kind, sector: p.sector ?? (p.kind === 'country' ? 'GOV' : null), rule: p.id },
        p.caseSensitive);
    }
  }
  for (const inst of load(dir, 'lexicons/institutions.json', institutionsSchema).entries) {
    for (const f of inst.forms) add(f, { code: inst.code, kind: 'institution', sector: inst.sector, rule: inst.id });
  }
  for (const person of load(dir, 'lexicons/people.json', peopleSchema).entries) {
    for (const f of person.forms) {
      add(f, { code: person.code, kind: 'person', sector: person.sector, rule: person.id,
        validFrom: person.from, validTo: person.to }, true);
    }
  }
  return names;
}

function rawTokens(form: string, nlp: Nlp): string[] {
  // tokenizeForm folds case; case-sensitive forms need the original spelling token by token.
  const folded = nlp.tokenizeForm(form);
  const out: string[] = [];
  let at = 0;
  for (const w of folded) {
    const idx = form.toLowerCase().replace(/[’‘]/g, "'").indexOf(w, at);
    out.push(form.slice(idx, idx + w.length));
    at = idx + w.length;
  }
  return out;
}

function buildNouns(dir: string, nlp: Nlp): PhraseIndex<NounEntry> {
  const nouns = new PhraseIndex<NounEntry>();
  for (const c of load(dir, 'lexicons/nouns.json', nounsSchema).classes) {
    for (const f of c.forms) nouns.add(nlp.tokenizeForm(f), { role: c.role, sector: c.sector, rule: c.id });
  }
  return nouns;
}

function buildCues(dir: string, nlp: Nlp): Record<CueRole, PhraseIndex<CueEntry>> {
  const cues = Object.fromEntries(cueRoles.map((r) => [r, new PhraseIndex<CueEntry>()])) as Record<CueRole, PhraseIndex<CueEntry>>;
  for (const g of load(dir, 'lexicons/cues.json', cuesSchema).groups) {
    for (const f of g.forms) cues[g.role].add(nlp.tokenizeForm(f), { id: g.id, role: g.role, confidence: g.confidence ?? 1 });
  }
  return cues;
}

function buildTriggers(dir: string, nlp: Nlp): { triggers: TriggerRule[]; byWord: Map<string, TriggerRule[]> } {
  const triggers: TriggerRule[] = [];
  const byWord = new Map<string, TriggerRule[]>();
  for (const r of load(dir, 'rules/triggers.json', triggersSchema).rules) {
    const { groups, gaps } = compilePattern(r.pattern, nlp.tokenizeForm);
    const rule: TriggerRule = { id: r.id, type: r.type, groups, gaps, pos: r.pos, nominal: r.nominal ?? false, passive: r.passive ?? false, anchorGroup: r.anchor ?? 0, actorFromSpeaker: r.actor === 'speaker', actorFromMission: r.actor === 'mission-owner',
      outranks: r.outranks ?? [], cameo: r.cameo, example: r.example };
    triggers.push(rule);
    for (const alt of groups[0] ?? []) {
      const first = alt[0]!;
      const list = byWord.get(first) ?? [];
      if (!list.includes(rule)) list.push(rule);
      byWord.set(first, list);
    }
  }
  return { triggers, byWord };
}

function buildRoles(dir: string): Map<ActionType, RoleSpec> {
  const roles = new Map<ActionType, RoleSpec>();
  for (const t of load(dir, 'rules/roles.json', rolesSchema).types) {
    roles.set(t.type, { objectRoles: new Set(t.objectRoles), preps: new Set(t.preps), hostPreps: new Set(t.hostPreps),
      ownMission: t.ownMission ?? false });
  }
  const missing = ACTION_TYPES.filter((t) => !roles.has(t));
  if (missing.length) throw new Error(`codebook: rules/roles.json lacks ${missing.join(', ')}`);
  return roles;
}

function buildNumbers(dir: string, nlp: Nlp): Codebook['numbers'] {
  const file = load(dir, 'lexicons/numbers.json', numbersSchema);
  const qualifiers: Codebook['numbers']['qualifiers'] = new PhraseIndex();
  for (const q of file.qualifiers) for (const f of q.forms) qualifiers.add(nlp.tokenizeForm(f), { id: q.id, qualifier: q.qualifier });
  return { words: new Map(Object.entries(file.words)), ordinals: new Map(Object.entries(file.ordinals)), qualifiers,
    companions: new Set(file.companions) };
}

function buildCodes(dir: string): Codebook['codes'] {
  const file = load(dir, 'rules/codes.json', codesSchema);
  const byType = new Map(file.types.map((t) => [t.type, { cameo: t.cameo, goldstein: t.goldstein,
    ploverType: t.plover.type, ploverMode: t.plover.mode }] as const));
  const variants = new Map(file.variants.map((v) => [v.id, { cameo: v.cameo, goldstein: v.goldstein,
    ...(v.ploverType ? { ploverType: v.ploverType } : {}), ...(v.ploverMode !== undefined ? { ploverMode: v.ploverMode } : {}) }] as const));
  return { byType, variants };
}

export function loadCodebook(nlp: Nlp, dir = DEFAULT_DATA_DIR): Codebook {
  const { triggers, byWord } = buildTriggers(dir, nlp);
  return { names: buildNames(dir, nlp), nouns: buildNouns(dir, nlp), cues: buildCues(dir, nlp),
    triggers, triggersByWord: byWord, roles: buildRoles(dir), numbers: buildNumbers(dir, nlp), codes: buildCodes(dir) };
}
