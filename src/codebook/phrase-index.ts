// Longest-match lookup of multi-token phrases over a token array: the gazetteer, noun classes and cue lists all
// use it. Keyed by the first token so a lookup costs one map access per token.
import type { Token } from '../extraction/nlp.ts';

interface Entry<T> {
  words: string[];
  /** Original casing, compared only for case-sensitive forms such as "US". */
  surface: string[] | null;
  value: T;
}

const CLAUSE_BREAK = new Set([',', ';', ':', '.', '—', '–', '(', ')']);

export interface PhraseMatch<T> {
  t0: number;
  t1: number;
  value: T;
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  add(words: string[], value: T, surface: string[] | null = null): void {
    const first = words[0];
    if (first === undefined) return;
    const list = this.byFirst.get(first) ?? [];
    list.push({ words, surface, value });
    // Longest first, so the first entry that matches is the longest.
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(first, list);
  }

  has(word: string): boolean {
    return this.byFirst.has(word);
  }

  /** Every word a phrase may start with: lets a caller with many indexes skip, in one lookup, the tokens none of
   * them can match at (matchAt is null wherever neither a token's normal form nor its lemma is one of these). */
  firstWords(): Iterable<string> {
    return this.byFirst.keys();
  }

  /** The longest phrase starting at token i (matching normal or lemma), or null. */
  matchAt(tokens: Token[], i: number, end = tokens.length): PhraseMatch<T> | null {
    const first = tokens[i];
    if (!first) return null;
    // Called for every token by several annotators: no second lookup when the lemma is the normal form, and a
    // plain loop rather than every() with a closure per entry.
    const candidates = this.byFirst.get(first.normal) ?? (first.lemma === first.normal ? undefined : this.byFirst.get(first.lemma));
    if (!candidates) return null;
    for (const entry of candidates) {
      if (i + entry.words.length > end) continue;
      if (this.matches(entry, tokens, i)) return { t0: i, t1: i + entry.words.length, value: entry.value };
    }
    return null;
  }

  private matches(entry: Entry<T>, tokens: Token[], i: number): boolean {
    for (let k = 0; k < entry.words.length; k++) {
      const tok = tokens[i + k]!;
      const w = entry.words[k]!;
      if (entry.surface) { if (tok.value !== entry.surface[k]) return false; continue; }
      // "*" stands for any one word ("replied * * by": "replied the next day by"), never a clause break.
      if (w === '*') { if (k === 0 || CLAUSE_BREAK.has(tok.normal)) return false; continue; }
      if (tok.normal !== w && tok.lemma !== w) return false;
    }
    return true;
  }

  /** All non-overlapping longest matches in [from, to). */
  scan(tokens: Token[], from: number, to: number): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = from; i < to; i++) {
      const m = this.matchAt(tokens, i, to);
      if (m) { out.push(m); i = m.t1 - 1; }
    }
    return out;
  }
}
