// The little markdown that news dumps carry, read as plain text. Not a markdown parser: anything
// unrecognised stays as written, which is still readable.

const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/g;                 // ![alt](src): not prose, dropped
const LINK = /\[([^\]\n]+)\]\((?:[^()\s\n]|\([^()\n]*\))*(?:\s+"[^"\n]*")?\)/g; // [text](href "title"), href may hold (x)
const AUTOLINK = /<((?:https?|mailto):[^>\s]+)>/g;          // <https://...> reads as the bare URL
const HEADING = /^#{1,6}\s+/;
const BOLD = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g;

/** Inline cleanup of one line: links become their text, images go, heading marks go. */
export function stripInlineMarkdown(line: string): string {
  return line
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(AUTOLINK, '$1')
    .replace(BOLD, '$2')
    .replace(HEADING, '')
    .trim();
}

/** Lines that start a new line of their own rather than continuing a wrapped paragraph. */
export function startsOwnLine(line: string): boolean {
  return /^(?:[-*+•]\s|\d{1,3}[.)]\s|#{1,6}\s|>\s?|\|)/.test(line);
}

/** A line that ends a sentence, so the next line is a new one rather than a hard wrap. */
function endsSentence(line: string): boolean {
  return /[.!?:;"”’)\]]$/.test(line);
}

/**
 * Blank-line separated paragraphs. A hard-wrapped line (one that stops mid-sentence) is joined to
 * the next with a space so no sentence holds a newline; a line that ends a sentence, a list item or
 * a quote keeps its own line, so single-newline paragraphs are not glued into one.
 */
export function joinParagraphs(lines: string[]): string {
  const paragraphs: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      if (current) paragraphs.push(current);
      current = '';
      continue;
    }
    const cleaned = stripInlineMarkdown(line);
    if (!cleaned) continue;
    if (!current) current = cleaned;
    else current += startsOwnLine(line) || endsSentence(current) ? `\n${cleaned}` : ` ${cleaned}`;
  }
  if (current) paragraphs.push(current);
  return paragraphs.join('\n\n');
}
