// Which reader a file needs: by extension first, then by looking at the start of the text.
import { extname } from 'node:path';
import type { InputFormat } from './types.ts';

const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text', '.text': 'text', '.md': 'text', '.markdown': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.rss': 'feed', '.atom': 'feed',
};

export function formatFromExtension(path: string): InputFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

function isJsonObjectLine(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Guesses the format of decoded text with no useful extension (stdin, `.dat`, no extension).
 * Returns null for text we should not guess about, such as pretty-printed JSON.
 */
export function sniffFormat(head: string): InputFormat | null {
  const start = head.replace(/^\uFEFF/, '').trimStart().slice(0, 2048).toLowerCase();
  if (start.startsWith('<?xml') || start.startsWith('<rss') || start.startsWith('<feed')) {
    if (/<(rss|feed|rdf:rdf)[\s>]/.test(start)) return 'feed';
    if (/<html[\s>]/.test(start)) return 'html';
    return null;
  }
  if (/^<(!doctype html|html|head|body|article|div|p)[\s>]/.test(start)) return 'html';
  if (start.startsWith('{') || start.startsWith('[')) {
    const firstLine = head.trimStart().split('\n', 1)[0] ?? '';
    return isJsonObjectLine(firstLine.trim()) ? 'jsonl' : null;
  }
  return 'text';
}

/** Extension wins; otherwise sniff. */
export function detectFormat(path: string | null, head: string): InputFormat | null {
  return (path ? formatFromExtension(path) : null) ?? sniffFormat(head);
}
