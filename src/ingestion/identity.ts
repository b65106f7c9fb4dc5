// A document's identity (formats.md): its URL when it has one, else the hash of its text.
// The URL is hashed as given (trimmed): canonicalising it is the reader's job (html.reader
// prefers <link rel=canonical>), so two readers of the same page agree.
import { createHash } from 'node:crypto';
import type { SourceDocument } from '../core/types.ts';

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

export function documentId(url: string | null, text: string): string {
  const key = url && url.trim() ? url.trim() : text;
  return `doc_${sha256Hex(key).slice(0, 16)}`;
}

export function contentHash(text: string): string {
  return sha256Hex(text);
}

/** The document text is title + blank line + body, so offsets cover the title too. */
export function composeText(title: string, body: string): string {
  if (!title) return body;
  if (!body) return title;
  return `${title}\n\n${body}`;
}

export type DocumentDraft = Omit<SourceDocument, 'id' | 'contentHash' | 'text'> & { body: string };

/** Every reader ends here, so text layout and identity are the same for all formats. */
export function finishDocument(draft: DocumentDraft): SourceDocument {
  const { body, ...rest } = draft;
  const text = composeText(draft.title, body);
  return { ...rest, id: documentId(draft.url, text), text, contentHash: contentHash(text) };
}
