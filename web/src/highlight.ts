// A report sentence cut into pieces, each piece either plain or the evidence of one field (trigger, actor, ...).
// Span offsets are document offsets; the sentence starts at `sentenceStart`. Overlaps: the earlier-starting (then
// longer) span wins, the other is cut where they meet. Pure, so it is unit-tested without a browser.
export interface Piece {
  text: string;
  /** Fields whose span is exactly this piece ([] for plain text); several when spans coincide (target and count). */
  fields: string[];
  rules: string[];
}

export interface FieldSpan {
  start: number;
  end: number;
  rule: string;
}

export function highlightPieces(sentence: string, sentenceStart: number, spans: Record<string, FieldSpan>): Piece[] {
  const ranges = Object.entries(spans)
    .map(([field, s]) => ({ field, rule: s.rule, start: s.start - sentenceStart, end: s.end - sentenceStart }))
    .map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(sentence.length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Array<{ start: number; end: number; fields: string[]; rules: string[] }> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && last.start === r.start && last.end === r.end) {
      last.fields.push(r.field);
      last.rules.push(r.rule);
    } else merged.push({ start: r.start, end: r.end, fields: [r.field], rules: [r.rule] });
  }
  const pieces: Piece[] = [];
  let at = 0;
  for (const r of merged) {
    const start = Math.max(r.start, at);
    if (start >= r.end) continue;
    if (start > at) pieces.push({ text: sentence.slice(at, start), fields: [], rules: [] });
    pieces.push({ text: sentence.slice(start, r.end), fields: r.fields, rules: r.rules });
    at = r.end;
  }
  if (at < sentence.length) pieces.push({ text: sentence.slice(at), fields: [], rules: [] });
  return pieces;
}
