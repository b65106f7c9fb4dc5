// The one place that talks to wink-nlp: it turns text into sentences and tokens with document offsets, which every
// later stage shares. wink is lossless (doc.out() === input), so offsets come from summing token values and spaces.
import winkNLP, { type ItemSentence, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  i: number;
  value: string;
  /** Lower-cased, curly apostrophes folded to straight ones: what lexicons match on. */
  normal: string;
  lemma: string;
  pos: string;
  isNumber: boolean;
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Token index range [t0, t1). */
  t0: number;
  t1: number;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Fills in wink's lemmas for tokens [t0, t1); until then a token's lemma is its normal form. Lemmas cost a
   * third of wink's own pass, and only sentences that may hold an act need them. */
  lemmatize(t0: number, t1: number): void;
}

export type Nlp = ReturnType<typeof createNlp>;

const POSSESSIVE = /^(\p{L}[\p{L}.\-]*)(['’]s)$/u;
const RIGHT_QUOTE = 0x2019; // ’
const LEFT_QUOTE = 0x2018; // ‘
// Called twice per token (normal form, lemma): the regex only runs when there is a curly quote to fold.
const fold = (s: string): string => {
  const lower = s.toLowerCase();
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if (c === RIGHT_QUOTE || c === LEFT_QUOTE) return lower.replace(/[’‘]/g, "'");
  }
  return lower;
};
/** Could POSSESSIVE match? Its regex is Unicode-aware and costs more than this test on every token. */
const endsInApostropheS = (v: string): boolean => v.length > 2 && v.charCodeAt(v.length - 1) === 0x73 // s
  && (v.charCodeAt(v.length - 2) === 0x27 || v.charCodeAt(v.length - 2) === RIGHT_QUOTE);

export function createNlp() {
  // Sentence boundaries and POS only: wink's default pipe also runs NER, sentiment and negation, which no stage
  // reads, and they cost more than the tokenising itself.
  const wink = winkNLP(model, ['sbd', 'pos']);
  const its = wink.its;

  function analyse(text: string): Analysis {
    const doc = wink.readDoc(text);
    const values = doc.tokens().out(its.value) as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    const types = doc.tokens().out(its.type) as string[];
    // wink learns words across documents: once it has read "Russia's." it keeps "Russia's" whole ever after, where a
    // fresh instance splits "Russia" + "'s". Splitting every attached "'s" here keeps extraction independent of what
    // was read before (same POS for the rest: only the token stream had shifted).
    const tokens: Token[] = [];
    const first: number[] = []; // wink token index -> our first token index
    let offset = 0;
    const push = (value: string, posTag: string, isNumber: boolean, start: number) => {
      const normal = fold(value);
      tokens.push({ i: tokens.length, value, normal, lemma: normal, pos: posTag, isNumber, start, end: start + value.length });
    };
    for (let i = 0; i < values.length; i++) {
      const value = values[i] ?? '';
      offset += (spaces[i] ?? '').length;
      first.push(tokens.length);
      const possessive = endsInApostropheS(value) ? POSSESSIVE.exec(value) : null;
      if (possessive) {
        push(possessive[1]!, pos[i] ?? 'X', false, offset);
        push(possessive[2]!, 'PART', false, offset + possessive[1]!.length);
      } else {
        push(value, pos[i] ?? 'X', types[i] === 'number', offset);
      }
      offset += value.length;
    }
    first.push(tokens.length);
    const sentences: Sentence[] = [];
    let t = 0;
    doc.sentences().each((s: ItemSentence) => {
      const count = s.tokens().length();
      // wink keeps paragraph breaks as tokens at a sentence's edge; they are not part of the sentence.
      let a = first[t]!;
      let b = first[t + count]!;
      while (a < b && !tokens[a]!.value.trim()) a++;
      while (b > a && !tokens[b - 1]!.value.trim()) b--;
      const firstTok = tokens[a];
      const lastTok = tokens[b - 1];
      if (firstTok && lastTok) {
        sentences.push({ index: sentences.length, start: firstTok.start, end: lastTok.end,
          text: text.slice(firstTok.start, lastTok.end), t0: a, t1: b });
      }
      t += count;
    });
    // wink's typings declare lemma with the add-ons signature; at run time it is an ordinary token property.
    const lemmaOf = its.lemma as unknown as ItsFunction<string>;
    const winkIndex: number[] = [];
    for (let w = 0; w + 1 < first.length; w++) for (let k = first[w]!; k < first[w + 1]!; k++) winkIndex[k] = w;
    // Read in one pass over the collection on first need: an item per token (itemAt) costs more than the lemma.
    let lemmas: unknown[] | null = null;
    const lemmatize = (t0: number, t1: number) => {
      lemmas ??= doc.tokens().out(lemmaOf) as unknown[];
      for (let i = t0; i < t1; i++) {
        const w = winkIndex[i]!;
        // A split possessive keeps its own lemma; the stem takes the lemma of its surface form.
        if (first[w + 1]! - first[w]! > 1) continue;
        tokens[i]!.lemma = fold(String(lemmas[w]));
      }
    };
    return { text, tokens, sentences, lemmatize };
  }

  /** Lexicon forms are tokenised the way documents are, so multi-token names match token for token. */
  function tokenizeForm(form: string): string[] {
    return (wink.readDoc(form).tokens().out(its.value) as string[]).map(fold);
  }

  /** The bare tokenising pass the benchmark compares against. */
  const bare = winkNLP(model, []);
  function tokenizeOnly(text: string): number {
    return bare.readDoc(text).tokens().length();
  }

  return { analyse, tokenizeForm, tokenizeOnly };
}
