// The extraction entry point: text + publication date in, events and claims out. Pure: no I/O, no database.
import type { ClaimReport, EventReport, Extraction } from '../core/types.ts';
import { loadCodebook, DEFAULT_DATA_DIR } from '../codebook/codebook.loader.ts';
import type { Codebook } from '../codebook/codebook.types.ts';
import { createDateParser } from './annotators/dates.annotator.ts';
import { defaultPipeline } from './configuration.ts';
import { createContext } from './context.ts';
import { createNlp, type Analysis, type Nlp } from './nlp.ts';
import { runPipeline, type Pipeline } from './pipeline.ts';
import { codeFor } from './refiners/coding.refiner.ts';
import type { Candidate, DocumentState, SentenceInfo } from './types.ts';

const OPEN = new Set(['"', '“', '«']);
const CLOSE = new Set(['"', '”', '»']);

/** Token indices inside quotation marks; a straight quote toggles. */
function quotedTokens(a: Analysis): Set<number> {
  const out = new Set<number>();
  let inside = false;
  for (const t of a.tokens) {
    if (t.value.length !== 1) { if (inside) out.add(t.i); continue; } // every quotation mark is one character
    if (t.value === '"') { inside = !inside; continue; }
    if (OPEN.has(t.value)) { inside = true; continue; }
    if (CLOSE.has(t.value)) { inside = false; continue; }
    if (inside) out.add(t.i);
  }
  return out;
}

function toEvent(codebook: Codebook, c: Candidate): EventReport {
  return {
    key: c.key, type: c.type, actor: c.actor!.code, target: c.target!.code, actorText: c.actor!.text,
    targetText: c.target!.text, actorSector: c.actor!.sector, targetSector: c.target!.sector, date: c.date,
    dateGranularity: c.granularity, deadline: c.deadline, count: c.count, countQualifier: c.count === null ? null : c.countQualifier,
    modality: c.modality, background: c.background, fromReference: c.fromReference, retaliatesFor: c.retaliatesFor,
    link: c.link, sentence: c.info.sentence.text, start: c.info.sentence.start, end: c.info.sentence.end,
    rules: c.rules, spans: c.spans, code: codeFor(codebook, c),
  };
}

function toClaim(c: Candidate, published: string | null): ClaimReport {
  return {
    key: c.key, type: c.type, actor: c.actor!.code, target: c.target!.code, count: c.count,
    countQualifier: c.count === null ? null : c.countQualifier, period: { from: c.date, to: published },
    sentence: c.info.sentence.text, start: c.info.sentence.start, end: c.info.sentence.end, rules: c.rules,
  };
}

export type Extractor = ReturnType<typeof createExtractor>;

export function createExtractor(options: { dataDir?: string; nlp?: Nlp; pipeline?: Pipeline } = {}) {
  const nlp = options.nlp ?? createNlp();
  const codebook = loadCodebook(nlp, options.dataDir ?? DEFAULT_DATA_DIR);
  const pipeline = options.pipeline ?? defaultPipeline(createDateParser());

  function extract(input: { text: string; published: string | null }, onDebug?: (line: string) => void): Extraction {
    const analysis = nlp.analyse(input.text);
    const ctx = createContext({ nlp, codebook, published: input.published, analysis, onDebug });
    const quoted = quotedTokens(analysis);
    const sentences: SentenceInfo[] = analysis.sentences.map((sentence) => (
      { sentence, mentions: [], triggers: [], dates: [], cues: [], speaker: null, quoted: new Set<number>() }));
    // Each sentence's quoted tokens, ascending as before: one walk over the quoted indices (ascending) and the
    // sentences (ascending, disjoint), not a set lookup per token of the document.
    let s = 0;
    for (const i of quoted) {
      while (s < sentences.length && sentences[s]!.sentence.t1 <= i) s++;
      if (s < sentences.length && i >= sentences[s]!.sentence.t0) sentences[s]!.quoted.add(i);
    }
    const doc: DocumentState = { published: input.published, analysis, sentences, lastSpeaker: null, lastYear: null };
    const candidates = runPipeline(ctx, pipeline, doc);
    const events = candidates.filter((c) => !c.claim).map((c) => toEvent(codebook, c));
    const claims = candidates.filter((c) => c.claim).map((c) => toClaim(c, input.published));
    return { events, claims };
  }

  return { extract, nlp, codebook };
}
