// Officials the article introduces with their state ("Estonia's ambassador, Margus Laidre", "Vladimir Lipayev, the
// Russian ambassador", "Ukrainian Foreign Minister Dmytro Kuleba") are that state's people wherever the article
// names them again: "Laidre was summoned", "gave Itte 48 hours to leave". The whole article is read once for such
// introductions (most of them stand in sentences with no act); each analysed sentence then gets a mention for every
// later use of the name, full or surname only. A surname two states' officials share stays unresolved.
import type { Annotator } from '../pipeline.ts';
import { prepBefore } from './mentions.annotator.ts';
import type { ExtractionContext } from '../context.ts';
import type { Token } from '../nlp.ts';
import type { Mention, Official, SentenceInfo } from '../types.ts';

// Any capitalised word: the tagger reads some first names ("Per", "Said") as other parts of speech.
const capitalised = (t: Token | undefined): boolean => !!t && /^[A-Z][a-z'’-]/.test(t.value);
const PLACE_PREPS = new Set(['in', 'to', 'at']);

/** A personal name of two to four capitalised words from i on, or null. */
function nameAt(ctx: ExtractionContext, tokens: Token[], i: number, end: number): [number, number] | null {
  let j = i;
  while (j < end && j - i < 4 && capitalised(tokens[j]) && !ctx.codebook.names.matchAt(tokens, j, end)
    && !ctx.codebook.nouns.matchAt(tokens, j, end)) j++;
  return j - i >= 2 ? [i, j] : null;
}

/** The state of the title phrase before `titleStart` and where that phrase starts: "Norway's ambassador", "the
 * Russian ambassador". */
function stateOfTitle(ctx: ExtractionContext, tokens: Token[], titleStart: number, floor: number): { code: string; start: number } | null {
  for (let k = titleStart - 1; k >= Math.max(floor, titleStart - 4); k--) {
    // "France was bringing its ambassador, Sylvain Itte, home": "its" is the last state the clause named.
    if (tokens[k]!.normal === 'its') return lastState(ctx, tokens, k, floor);
    const name = ctx.codebook.names.matchAt(tokens, k);
    if (name && name.t1 <= titleStart && name.value.kind !== 'blocker' && name.value.kind !== 'person') {
      return { code: name.value.code, start: tokens[k - 1]?.normal === 'the' ? k - 1 : k };
    }
    if (!/^(the|'s|’s|new|former|then|acting|deputy|senior|top)$/i.test(tokens[k]!.normal) && tokens[k]!.pos !== 'ADJ') return null;
  }
  return null;
}

function lastState(ctx: ExtractionContext, tokens: Token[], its: number, floor: number): { code: string; start: number } | null {
  for (let k = its - 1; k >= floor; k--) {
    const name = ctx.codebook.names.matchAt(tokens, k, its);
    if (name && (name.value.kind === 'country' || name.value.kind === 'capital')) return { code: name.value.code, start: its };
  }
  return null;
}

function learn(ctx: ExtractionContext): Map<string, Official | null> {
  const { tokens, sentences } = ctx.analysis;
  const known = new Map<string, Official | null>();
  const add = (name: [number, number], o: Official): void => {
    const words = tokens.slice(name[0], name[1]).map((t) => t.value);
    for (const key of [words.join(' '), words[words.length - 1]!]) {
      const had = known.get(key);
      known.set(key, had === undefined || (had && had.code === o.code) ? o : null);
    }
  };
  for (const s of sentences) {
    for (let i = s.t0; i < s.t1; i++) {
      const title = ctx.codebook.nouns.matchAt(tokens, i, s.t1);
      if (!title || (title.value.role !== 'person' && title.value.role !== 'government')) continue;
      const official = { role: title.value.role === 'person' ? 'person' : 'government', sector: title.value.sector } as const;
      // "Norway's ambassador in Moscow, Robert Kvile," / "Russian Ambassador Vladimir Lipayev".
      const state = stateOfTitle(ctx, tokens, i, s.t0);
      if (!state) continue;
      let k = title.t1;
      if (PLACE_PREPS.has(tokens[k]?.normal ?? '') && capitalised(tokens[k + 1])) k += 2;
      if (tokens[k]?.value === ',') k++;
      const after = nameAt(ctx, tokens, k, s.t1);
      if (after) add(after, { code: state.code, ...official });
      // "Vladimir Lipayev, the Russian ambassador".
      const before = tokens[state.start - 1]?.value === ',' ? backName(ctx, tokens, state.start - 1, s.t0) : null;
      if (before) add(before, { code: state.code, ...official });
    }
  }
  return known;
}

/** The capitalised words right before a comma at `comma`. */
function backName(ctx: ExtractionContext, tokens: Token[], comma: number, floor: number): [number, number] | null {
  let i = comma;
  while (i > floor && comma - i < 4 && capitalised(tokens[i - 1])) i--;
  return comma - i >= 2 && nameAt(ctx, tokens, i, comma)?.[1] === comma ? [i, comma] : null;
}

export const namedOfficialsAnnotator: Annotator = {
  id: 'named-officials',
  annotate(ctx, info: SentenceInfo, doc) {
    doc.officials ??= learn(ctx);
    if (doc.officials.size === 0) return;
    const { tokens } = ctx.analysis;
    const added: Mention[] = [];
    for (let i = info.sentence.t0; i < info.sentence.t1; i++) {
      if (info.mentions.some((m) => m.t0 <= i && i < m.t1) || !capitalised(tokens[i])) continue;
      let j = i;
      while (j < info.sentence.t1 && j - i < 4 && capitalised(tokens[j])) j++;
      const words = tokens.slice(i, j).map((t) => t.value);
      const hit = doc.officials.get(words.join(' ')) ?? doc.officials.get(words[words.length - 1]!);
      if (!hit) { i = j - 1; continue; }
      added.push({
        code: hit.code, role: hit.role, sector: hit.sector, t0: i, t1: j, start: tokens[i]!.start, end: tokens[j - 1]!.end,
        text: ctx.text.slice(tokens[i]!.start, tokens[j - 1]!.end), host: null, possessive: false,
        prep: prepBefore(tokens, i, info.sentence.t0), pronoun: null, inQuote: info.quoted.has(i), rule: 'name.introduced-official',
      });
      i = j - 1;
    }
    if (added.length) info.mentions = [...info.mentions, ...added].sort((a, b) => a.t0 - b.t0);
  },
};
