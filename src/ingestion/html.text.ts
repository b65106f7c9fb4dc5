// Text of Readability's article HTML with one blank line between block elements. Readability's
// own textContent glues "end.</p><p>Next" into "end.Next", which breaks sentence splitting.

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
/** Never text, even if Readability left them in. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'head']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function blockText(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const paragraph = current.replace(/[\s\u00a0]+/g, ' ').trim();
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (SKIP.has(tag)) return;
    const block = BLOCKS.has(tag);
    if (block) flush();
    // Table cells sit side by side: keep a space between them so words do not merge.
    const cell = tag === 'td' || tag === 'th';
    if (cell) current += ' ';
    for (const child of Array.from(node.childNodes)) visit(child);
    if (cell) current += ' ';
    if (block) flush();
  };
  visit(root);
  flush();
  return paragraphs;
}
