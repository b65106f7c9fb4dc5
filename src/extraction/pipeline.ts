// The one loop: annotators enrich each sentence that may hold an act, recognisers turn triggers into candidates,
// refiners then fold over the whole document's candidates in the order configuration.ts gives.
import type { ExtractionContext } from './context.ts';
import type { Candidate, DocumentState, SentenceInfo } from './types.ts';

export interface Annotator {
  id: string;
  annotate(ctx: ExtractionContext, info: SentenceInfo, doc: DocumentState): void;
}

export interface Recognizer {
  id: string;
  recognize(ctx: ExtractionContext, info: SentenceInfo, doc: DocumentState): Candidate[];
}

export interface Refiner {
  id: string;
  refine(ctx: ExtractionContext, candidates: Candidate[], doc: DocumentState): Candidate[];
}

export interface Pipeline {
  /** Cheap test: does this sentence need the full treatment at all? */
  isRelevant(ctx: ExtractionContext, info: SentenceInfo, doc: DocumentState): boolean;
  annotators: Annotator[];
  recognizers: Recognizer[];
  refiners: Refiner[];
}

export function runPipeline(ctx: ExtractionContext, pipeline: Pipeline, doc: DocumentState): Candidate[] {
  let candidates: Candidate[] = [];
  for (const info of doc.sentences) {
    if (!pipeline.isRelevant(ctx, info, doc)) continue;
    ctx.analysis.lemmatize(info.sentence.t0, info.sentence.t1);
    for (const a of pipeline.annotators) a.annotate(ctx, info, doc);
    for (const r of pipeline.recognizers) candidates.push(...r.recognize(ctx, info, doc));
  }
  for (const refiner of pipeline.refiners) {
    candidates = refiner.refine(ctx, candidates, doc);
    ctx.debug(() => `${refiner.id}: ${candidates.map((c) => `${c.key}:${c.type}:${c.actor?.code ?? '?'}>${c.target?.code ?? '?'}`).join(' ')}`);
  }
  return candidates;
}
