// Marks the text behind each field of a report inside its sentence: ANSI colours on a terminal, `[field: text]`
// brackets otherwise. Spans may overlap (count "a Russian diplomat" contains target "Russian diplomat"); the more
// important field wins the marking and every span is still listed by the caller.
import type { EventReport, FieldSpan } from '../../core/types.ts';

export type HighlightStyle = 'ansi' | 'brackets';

const PRIORITY = ['trigger', 'actor', 'target', 'date', 'count', 'deadline', 'modality', 'link'];

const COLOURS: Record<string, string> = {
  trigger: '1;31', actor: '1;32', target: '1;36', date: '33', count: '35', deadline: '33;2', modality: '34', link: '4',
};

function rank(field: string): number {
  const i = PRIORITY.indexOf(field);
  return i === -1 ? PRIORITY.length : i;
}

export function colourOf(field: string): string {
  return COLOURS[field] ?? '1';
}

export function mark(field: string, text: string, style: HighlightStyle): string {
  return style === 'ansi' ? `\x1b[${colourOf(field)}m${text}\x1b[0m` : `[${field}: ${text}]`;
}

export interface Placed {
  field: string;
  span: FieldSpan;
}

/** Spans inside the sentence that do not overlap a more important one, in text order. */
export function placeSpans(report: EventReport): Placed[] {
  const inside = Object.entries(report.spans)
    .filter(([, span]) => span.start >= report.start && span.end <= report.end && span.end > span.start)
    .map(([field, span]) => ({ field, span }))
    .sort((a, b) => rank(a.field) - rank(b.field) || a.span.start - b.span.start);
  const chosen: Placed[] = [];
  for (const candidate of inside) {
    const clash = chosen.some((c) => candidate.span.start < c.span.end && c.span.start < candidate.span.end);
    if (!clash) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.span.start - b.span.start);
}

export function highlightSentence(report: EventReport, style: HighlightStyle): string {
  let out = '';
  let at = report.start;
  for (const { field, span } of placeSpans(report)) {
    out += report.sentence.slice(at - report.start, span.start - report.start);
    out += mark(field, report.sentence.slice(span.start - report.start, span.end - report.start), style);
    at = span.end;
  }
  return out + report.sentence.slice(at - report.start);
}

export function legend(fields: readonly string[], style: HighlightStyle): string {
  return fields.map((field) => mark(field, field, style)).join(' ');
}
