// Runs one sentence case (test/cases/*.cases.json) through the extractor and says what differs from the
// expectation. Matching is one-to-one on type, actor, target and modality; count, date, deadline are checked when
// the case states them. Optional expected events may be missing; unexpected events fail the case.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventReport, Extraction } from '../../src/core/types.ts';
import type { Extractor } from '../../src/extraction/extract.ts';

export interface ExpectedEvent {
  type: string; actor: string; target: string; modality?: string; optional?: boolean;
  count?: number | null; count_qualifier?: string | null; date?: string; date_granularity?: string; deadline?: string;
  /** Index in `expect` of the act this one answers; null: it answers nothing. Unstated: not checked. */
  answers?: number | null;
}
export interface SentenceCase {
  id: string; sentence: string; published: string; expect: ExpectedEvent[]; note?: string;
  claims?: { type: string; actor: string; target: string; count: number | null; count_qualifier: string | null;
    period?: { from: string | null; to: string | null } }[];
}

export const CASES_DIR = new URL('../cases/', import.meta.url).pathname;

export function loadCaseFiles(): { file: string; cases: SentenceCase[] }[] {
  return readdirSync(CASES_DIR).filter((f) => f.endsWith('.cases.json')).sort()
    .map((file) => ({ file, cases: JSON.parse(readFileSync(join(CASES_DIR, file), 'utf8')) as SentenceCase[] }));
}

function describe(e: EventReport): string {
  return `${e.type} ${e.actor}>${e.target} ${e.modality} date=${e.date} count=${e.count}/${e.countQualifier} deadline=${e.deadline}`;
}

function fieldErrors(x: ExpectedEvent, e: EventReport): string[] {
  const errs: string[] = [];
  if (x.count !== undefined && x.count !== e.count) errs.push(`count ${e.count} != ${x.count}`);
  if (x.count_qualifier !== undefined && x.count !== null && x.count_qualifier !== e.countQualifier) errs.push(`qualifier ${e.countQualifier} != ${x.count_qualifier}`);
  if (x.date !== undefined && x.date !== e.date) errs.push(`date ${e.date} != ${x.date}`);
  if (x.deadline !== undefined && x.deadline !== e.deadline) errs.push(`deadline ${e.deadline} != ${x.deadline}`);
  return errs;
}

/** Returns the list of problems; empty when the case passes. */
export function checkCase(extractor: Extractor, c: SentenceCase): { problems: string[]; output: Extraction } {
  const output = extractor.extract({ text: c.sentence, published: c.published });
  const problems: string[] = [];
  const left = [...output.events];
  const found: (EventReport | undefined)[] = [];
  for (const x of c.expect) {
    const modality = x.modality ?? 'fact';
    const i = left.findIndex((e) => e.type === x.type && e.actor === x.actor && e.target === x.target && e.modality === modality);
    if (i < 0) { found.push(undefined); if (!x.optional) problems.push(`missing ${x.type} ${x.actor}>${x.target} ${modality}`); continue; }
    const e = left.splice(i, 1)[0]!;
    found.push(e);
    problems.push(...fieldErrors(x, e).map((m) => `${x.type} ${x.actor}>${x.target}: ${m}`));
  }
  c.expect.forEach((x, k) => {
    const e = found[k];
    if (x.answers === undefined || !e) return;
    const want = x.answers === null ? null : found[x.answers]?.key ?? `(expected event ${x.answers})`;
    if (e.retaliatesFor !== want) problems.push(`${x.type} ${x.actor}>${x.target}: answers ${e.retaliatesFor} != ${want}`);
  });
  for (const e of left) problems.push(`unexpected ${describe(e)}`);
  for (const x of c.claims ?? []) {
    const found = output.claims.find((k) => k.type === x.type && k.actor === x.actor && k.target === x.target
      && k.count === x.count && (x.count === null || k.countQualifier === x.count_qualifier));
    if (!found) problems.push(`missing claim ${x.type} ${x.actor}>${x.target} ${x.count} ${x.count_qualifier}`);
  }
  // Every claim found must be one the case expects; `claims: []` says there is none.
  const extra = output.claims.filter((k) => !(c.claims ?? []).some((x) => x.type === k.type && x.actor === k.actor && x.target === k.target));
  if (extra.length) problems.push(`unexpected claim ${extra.map((k) => `${k.type} ${k.actor}>${k.target}`).join(', ')}`);
  return { problems, output };
}
