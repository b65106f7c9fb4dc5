// Gold folders (formats.md, "Gold files"): pairs NAME.(txt|md|html|jsonl) + NAME.gold.json, validated with zod.
// Every bad gold file of a folder is reported at once, each error naming its file and the faulty field.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ACTION_TYPES, MODALITIES } from '../core/types.ts';

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const QUALIFIERS = ['exact', 'at_least', 'about', 'up_to', 'more_than'] as const;
/** Input extensions paired with a gold file, in order of preference when several exist. */
export const INPUT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.jsonl'] as const;

const actorCode = z.string().regex(/^[A-Z]{2,5}$/, 'an ISO alpha-3 code or a short upper-case organisation code');
const goldDate = z.string().regex(DATE, 'a date YYYY, YYYY-MM or YYYY-MM-DD');

const goldEventSchema = z.object({
  id: z.string().min(1),
  type: z.enum(ACTION_TYPES),
  actor: actorCode,
  target: actorCode,
  date: goldDate,
  count: z.number().int().nonnegative().nullable().default(null),
  count_qualifier: z.enum(QUALIFIERS).nullable().optional(),
  modality: z.enum(MODALITIES),
  background: z.boolean().default(false),
  retaliates_for: z.string().nullable().default(null),
  optional: z.boolean().default(false),
  evidence: z.string().min(1),
  act: z.string().min(1).optional(),
});

const goldClaimSchema = z.object({
  type: z.enum(ACTION_TYPES),
  actor: actorCode,
  target: actorCode,
  count: z.number().int().nonnegative().nullable().default(null),
  count_qualifier: z.enum(QUALIFIERS).nullable().optional(),
  period: z.object({ from: z.string().nullable(), to: z.string().nullable() }).partial().optional(),
  evidence: z.string().optional(),
});

export const goldFileSchema = z.object({
  document: z.object({ published: goldDate.nullable().optional(), url: z.string().nullable().optional() }).default({}),
  events: z.array(goldEventSchema),
  claims: z.array(goldClaimSchema).default([]),
  notes: z.string().optional(),
}).superRefine((gold, ctx) => {
  const ids = new Set<string>();
  gold.events.forEach((event, i) => {
    if (ids.has(event.id)) ctx.addIssue({ code: 'custom', path: ['events', i, 'id'], message: `duplicate id "${event.id}"` });
    ids.add(event.id);
  });
  gold.events.forEach((event, i) => {
    const to = event.retaliates_for;
    if (to !== null && (!ids.has(to) || to === event.id)) {
      ctx.addIssue({ code: 'custom', path: ['events', i, 'retaliates_for'], message: `"${to}" is not another event of this file` });
    }
  });
});

export type GoldFile = z.infer<typeof goldFileSchema>;
export type GoldEvent = GoldFile['events'][number];
export type GoldClaim = GoldFile['claims'][number];

export interface GoldCase {
  /** NAME: the file name without `.gold.json`. */
  name: string;
  goldPath: string;
  inputPath: string;
  gold: GoldFile;
}

export class GoldError extends Error {
  constructor(readonly problems: string[]) {
    super(`bad gold:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'GoldError';
  }
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}

/** Validates parsed JSON; returns the gold or the list of problems, each prefixed with `file`. */
export function parseGold(json: unknown, file: string): { gold: GoldFile } | { problems: string[] } {
  const parsed = goldFileSchema.safeParse(json);
  if (parsed.success) return { gold: parsed.data };
  return { problems: parsed.error.issues.map((issue) => `${file}: ${issuePath(issue.path) || '(root)'}: ${issue.message}`) };
}

/** Reads and validates one gold file; throws GoldError naming the file. */
export function readGoldFile(file: string): GoldFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new GoldError([`${file}: ${err instanceof Error ? err.message : String(err)}`]);
  }
  const result = parseGold(json, file);
  if ('problems' in result) throw new GoldError(result.problems);
  return result.gold;
}

/** All pairs of a gold folder, sorted by name. Throws GoldError listing every bad or unpaired gold file. */
export function loadGoldFolder(dir: string): GoldCase[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    names = readdirSync(dir).sort();
  } catch (err) {
    throw new GoldError([`${dir}: cannot read the gold folder (${err instanceof Error ? err.message : String(err)})`]);
  }
  const present = new Set(names);
  const cases: GoldCase[] = [];
  const problems: string[] = [];
  for (const file of names.filter((n) => n.endsWith('.gold.json'))) {
    const name = file.slice(0, -'.gold.json'.length);
    const goldPath = join(dir, file);
    const input = INPUT_EXTENSIONS.map((ext) => `${name}${ext}`).find((candidate) => present.has(candidate));
    if (!input) {
      problems.push(`${goldPath}: no article next to it (expected ${name}${INPUT_EXTENSIONS.join(` or ${name}`)})`);
      continue;
    }
    try {
      cases.push({ name, goldPath, inputPath: join(dir, input), gold: readGoldFile(goldPath) });
    } catch (err) {
      if (err instanceof GoldError) problems.push(...err.problems);
      else throw err;
    }
  }
  if (problems.length > 0) throw new GoldError(problems);
  if (cases.length === 0) throw new GoldError([`${dir}: no NAME.gold.json files`]);
  return cases;
}
