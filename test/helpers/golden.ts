// Golden article folders: test/golden/NNN-slug/{input.txt|input.html, expected.events.json}. The expected file holds
// a compact view of what a user sees per event; regenerate with `npm run golden` and review the diff.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Extraction, SourceDocument } from '../../src/core/types.ts';
import { readTextDocument } from '../../src/ingestion/text.reader.ts';
import { readHtmlDocument } from '../../src/ingestion/html.reader.ts';

export const GOLDEN_DIR = new URL('../golden/', import.meta.url).pathname;

export function readGoldenInput(dir: string): SourceDocument | null {
  if (existsSync(join(dir, 'input.txt'))) return readTextDocument(readFileSync(join(dir, 'input.txt'), 'utf8'), dir);
  if (existsSync(join(dir, 'input.html'))) {
    const doc = readHtmlDocument(readFileSync(join(dir, 'input.html'), 'utf8'), dir);
    return 'error' in doc ? null : doc;
  }
  return null;
}

export function goldenView(x: Extraction) {
  return {
    events: x.events.map((e) => ({
      type: e.type, actor: e.actor, target: e.target, date: e.date, count: e.count, count_qualifier: e.countQualifier,
      modality: e.modality, background: e.background, from_reference: e.fromReference,
      retaliates_for: e.retaliatesFor ? x.events.find((o) => o.key === e.retaliatesFor)?.type + ' ' + x.events.find((o) => o.key === e.retaliatesFor)?.actor : null,
      cameo: e.code.cameo, evidence: e.sentence, rules: e.rules,
    })),
    claims: x.claims.map((c) => ({ type: c.type, actor: c.actor, target: c.target, count: c.count,
      count_qualifier: c.countQualifier, period: c.period, evidence: c.sentence })),
  };
}
