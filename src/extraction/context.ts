import type { Codebook } from '../codebook/codebook.types.ts';
import type { Analysis, Nlp } from './nlp.ts';

/** What every stage receives besides its input: shared, read-only during a run. */
export interface ExtractionContext {
  nlp: Nlp;
  codebook: Codebook;
  /** Publication date (YYYY-MM-DD) that relative dates resolve against; null when unknown. */
  published: string | null;
  /** The document being read: its text and tokens. */
  text: string;
  analysis: Analysis;
  /** Lazy debug trace: the message is built only when a handler is set (tests print it on failure). */
  debug: (message: () => string) => void;
}

export function createContext(args: { nlp: Nlp; codebook: Codebook; published: string | null; analysis: Analysis;
  onDebug?: (line: string) => void }): ExtractionContext {
  const { onDebug } = args;
  return {
    nlp: args.nlp, codebook: args.codebook, published: args.published,
    text: args.analysis.text, analysis: args.analysis,
    debug: onDebug ? (m) => onDebug(m()) : () => {},
  };
}
