// The eval's merge step: every extracted document into a throw-away in-memory SQLite store, merged and linked one
// document at a time exactly as `riposte ingest` does, then read back as (document, report key) → event id and the
// stored links.
import type { EventIdOf } from './merge-score.ts';
import type { SystemLink } from './cross-links.ts';

export interface StoredForEval {
  eventIdOf: EventIdOf;
  systemLinks: SystemLink[];
}

export async function storeAndMerge(
  documents: ReadonlyArray<{ document: import('../core/types.ts').SourceDocument; extraction: import('../core/types.ts').Extraction }>,
): Promise<StoredForEval> {
  const { openStore } = await import('../storage/open-store.ts');
  const { dyadsOf, refreshDyads } = await import('../chains/chains.usecases.ts');
  const store = await openStore(':memory:');
  try {
    for (const { document, extraction } of documents) {
      if ((await store.saveDocument(document, extraction)) === 'inserted') {
        await refreshDyads({ store, pairs: dyadsOf(extraction) });
      }
    }
    const events = await store.listEvents();
    const ids = new Map(events.flatMap((e) => e.reports.map((r) => [`${r.documentId}|${r.report.key}`, e.id] as const)));
    const systemLinks = events.flatMap((e) => (e.retaliatesFor && e.link ? [{ from: e.id, to: e.retaliatesFor, kind: e.link.kind }] : []));
    return { eventIdOf: (document, key) => ids.get(`${document}|${key}`), systemLinks };
  } finally {
    await store.close();
  }
}
