// JSON Lines: one document a line, {url, title, published, text, outlet?, id?} (formats.md).
// This is how evaluation feeds articles in, so a malformed field is an error, never a guess.
import type { SourceDocument } from '../core/types.ts';
import { parseIsoDate } from './dates.ts';
import { finishDocument } from './identity.ts';
import { joinParagraphs, stripInlineMarkdown } from './markdown.ts';
import { failed, ingestError, type IngestError, type ReadResult } from './types.ts';

type Fields = Record<string, unknown>;

const OPTIONAL = ['url', 'title', 'published', 'outlet', 'id'] as const;
type OptionalFields = Record<(typeof OPTIONAL)[number], string | null>;

/** The optional string fields, or the message for the first one of the wrong type. */
function optionalStrings(fields: Fields): OptionalFields | string {
  const out: OptionalFields = { url: null, title: null, published: null, outlet: null, id: null };
  for (const key of OPTIONAL) {
    const value = fields[key];
    if (typeof value === 'string') out[key] = value.trim() || null;
    else if (value !== undefined && value !== null) return `"${key}" must be a string`;
  }
  return out;
}

function parseError(message: string): { error: IngestError } {
  return { error: ingestError('input.parse', message) };
}

/** The body as given, minus a leading copy of the title (some dumps include it), paragraphs kept. */
function bodyOf(text: string, title: string): string {
  const body = joinParagraphs(text.split(/\r\n|\r|\n/));
  const firstBreak = body.indexOf('\n\n');
  const first = firstBreak >= 0 ? body.slice(0, firstBreak) : body;
  if (title && first === stripInlineMarkdown(title)) return firstBreak >= 0 ? body.slice(firstBreak + 2) : '';
  return body;
}

export function readJsonlLine(line: string, origin: string): SourceDocument | { error: IngestError } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return parseError(`not valid JSON: ${(err as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return parseError('a line must be a JSON object');
  const fields = value as Fields;
  if (typeof fields.text !== 'string') return parseError('"text" is missing or not a string');
  const strings = optionalStrings(fields);
  if (typeof strings === 'string') return parseError(strings);
  // `id` is type-checked but not used: SourceDocument.id is always derived (identity.ts), so the
  // same article read from a .txt and from JSONL gets one id. Carrying the caller's id needs a new field.
  const { url, title, published, outlet } = strings;
  const date = published ? parseIsoDate(published) : null;
  if (published && !date) return parseError(`"published" is not an ISO date or datetime: ${JSON.stringify(published)}`);
  const cleanTitle = stripInlineMarkdown(title ?? '');
  return finishDocument({
    url, title: cleanTitle, published: date, body: bodyOf(fields.text, cleanTitle),
    outlet, format: 'jsonl', origin,
  });
}

/** Every non-blank line of a JSONL string; origins are `origin:lineNumber` (1-based). */
export function readJsonlDocuments(raw: string, origin: string): ReadResult[] {
  const results: ReadResult[] = [];
  raw.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const lineOrigin = `${origin}:${index + 1}`;
    const read = readJsonlLine(line, lineOrigin);
    results.push('error' in read ? failed(lineOrigin, read.error.code, read.error.message) : { origin: lineOrigin, document: read });
  });
  return results;
}
