// .txt / .md in the seed's shape (formats.md, Inputs): title line, a date line, the body, and
// "Original url:" with the URL on the same or a following line.
import type { SourceDocument } from '../core/types.ts';
import { parseDateLine } from './dates.ts';
import { finishDocument } from './identity.ts';
import { joinParagraphs, stripInlineMarkdown } from './markdown.ts';

const URL_LABEL = /^\s*(?:original\s+(?:url|link|article)|source(?:\s+url)?|url)\s*:\s*(.*)$/i;
const URL_VALUE = /^<?(https?:\/\/[^\s>]+)>?$/i;
/** Cross-links to other stories: not part of this article's prose, and they read like news. */
const RELATED = /^\s*(?:related(?:\s+(?:article|story|stories|content))?|read\s+(?:more|also)|see\s+also)\s*:/i;
/** The date line is looked for among the first few non-empty lines after the title only. */
const HEADER_LINES = 4;

interface UrlFound {
  url: string;
  /** Line indexes to leave out of the body: the label and the URL line. */
  lines: number[];
}

function findUrl(lines: string[]): UrlFound | null {
  for (let i = 0; i < lines.length; i++) {
    const label = URL_LABEL.exec(lines[i] ?? '');
    if (!label) continue;
    const sameLine = URL_VALUE.exec((label[1] ?? '').trim());
    if (sameLine?.[1]) return { url: sameLine[1], lines: [i] };
    if ((label[1] ?? '').trim()) continue; // "Source: Reuters" is a credit, not a URL
    let j = i + 1;
    while (j < lines.length && !(lines[j] ?? '').trim()) j++;
    const next = URL_VALUE.exec((lines[j] ?? '').trim());
    if (next?.[1]) return { url: next[1], lines: [i, j] };
  }
  return null;
}

function findDateLine(lines: string[], titleIndex: number): { date: string; index: number } | null {
  let seen = 0;
  for (let i = titleIndex + 1; i < lines.length && seen < HEADER_LINES; i++) {
    const line = lines[i] ?? '';
    if (!line.trim()) continue;
    seen++;
    // Emphasis marks around a date line ("*February 2, 2026*") are common in markdown dumps.
    const date = parseDateLine(stripInlineMarkdown(line).replace(/^[*_]+|[*_]+$/g, ''));
    if (date) return { date, index: i };
  }
  return null;
}

export function readTextDocument(raw: string, origin: string): SourceDocument {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const titleIndex = lines.findIndex((line) => line.trim() !== '');
  const title = titleIndex >= 0 ? stripInlineMarkdown(lines[titleIndex] ?? '') : '';
  const dateLine = titleIndex >= 0 ? findDateLine(lines, titleIndex) : null;
  const url = findUrl(lines);
  const skip = new Set([titleIndex, dateLine?.index ?? -1, ...(url?.lines ?? [])]);
  const bodyLines = lines.map((line, i) => (skip.has(i) || RELATED.test(line) ? '' : line));
  return finishDocument({
    url: url?.url ?? null,
    title,
    published: dateLine?.date ?? null,
    body: joinParagraphs(bodyLines),
    outlet: null,
    format: 'text',
    origin,
  });
}
