// Finding a gold evidence string in the document text (quotes and case normalised) and explaining a miss by the
// closest system event. Pure functions.
import type { EventReport } from '../core/types.ts';
import type { GoldEvent } from './gold.ts';
import { dateFit, modalityClass, sidesOf } from './match.ts';

/** Same length as the input: one output character per input character, so offsets carry over. */
function foldChars(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = /[\u2018\u2019\u201B\u2032]/.test(ch) ? "'" : /[\u201C\u201D\u201F\u2033«»]/.test(ch) ? '"'
      : /[\u2013\u2014]/.test(ch) ? '-' : /\s/.test(ch) ? ' ' : ch.toLowerCase();
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

/** The sentence of `text` around [start, end): from the previous sentence end or line break to the next one. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[.!?]\s$|\n$/.test(text.slice(Math.max(0, from - 2), from))) from--;
  let to = end;
  while (to < text.length && !/[.!?]/.test(text[to - 1] ?? '') && text[to] !== '\n') to++;
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

/** Where the evidence stands in the text, and its sentence; null when it cannot be found. */
export function locateEvidence(text: string, evidence: string): { start: number; end: number; sentence: string } | null {
  const hay = foldChars(text);
  const needle = foldChars(evidence).replace(/ +/g, ' ').trim();
  if (!needle) return null;
  let start = hay.indexOf(needle);
  if (start < 0) {
    // Whitespace may differ (line breaks inside the evidence): match word by word.
    const words = needle.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const found = new RegExp(words.join('\\s+')).exec(hay);
    if (!found) return null;
    start = found.index;
    return { start, end: start + found[0].length, sentence: sentenceAround(text, start, start + found[0].length) };
  }
  return { start, end: start + needle.length, sentence: sentenceAround(text, start, start + needle.length) };
}

/** Shortens to at most `max` characters, on a word boundary, with an ellipsis. */
export function truncate(text: string, max = 240): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** What keeps a system report from matching a gold event (empty list = it matches). */
export function mismatches(s: EventReport, g: GoldEvent): string[] {
  const out: string[] = [];
  if (s.type !== g.type) out.push(`type ${s.type}`);
  const sides = sidesOf(s, g);
  if (sides === 'swapped') out.push('actor/target swapped');
  else if (sides !== 'both') {
    if (s.actor !== g.actor) out.push(`actor ${s.actor}`);
    if (s.target !== g.target) out.push(`target ${s.target}`);
  }
  if (modalityClass(s.modality) !== modalityClass(g.modality)) out.push(`modality ${s.modality}`);
  if (dateFit(s.date, g.date) === null) out.push(`date ${s.date ?? 'none'}`);
  return out;
}

export function describeReport(s: Pick<EventReport, 'type' | 'actor' | 'target' | 'date' | 'modality'>): string {
  return `${s.type} ${s.actor}>${s.target} ${s.date ?? '(no date)'} ${s.modality}`;
}

/**
 * The closest system report of the document to a missed gold event (same type, or same sides), with what differs:
 * "closest: expel RUS>GBR 2018-03-20 fact (date 2018-03-20)". Null when nothing is close.
 */
export function explainMiss(g: GoldEvent, reports: readonly EventReport[], taken: ReadonlySet<number>): string | null {
  let best: { i: number; diff: string[]; cost: number } | null = null;
  reports.forEach((s, i) => {
    const sides = sidesOf(s, g);
    if (s.type !== g.type && sides !== 'both') return;
    const diff = mismatches(s, g);
    if (diff.length === 0 && !taken.has(i)) return; // would have matched: cannot happen after greedy matching
    // Fewest differences first; then the same type; then a report not matched to another gold event.
    const cost = diff.length * 4 + (s.type === g.type ? 0 : 2) + (taken.has(i) ? 1 : 0);
    if (!best || cost < best.cost) best = { i, diff, cost };
  });
  if (!best) return null;
  const { i, diff } = best as { i: number; diff: string[] };
  const s = reports[i]!;
  const why = diff.length === 0 ? 'matched another gold event' : diff.join(', ');
  return `closest: ${describeReport(s)} (${why}${diff.length > 0 && taken.has(i) ? '; matched elsewhere' : ''})`;
}
