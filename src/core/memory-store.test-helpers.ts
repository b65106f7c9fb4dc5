// An in-memory Store for usecase and adapter tests: one event per report (no merging across documents), enough to
// exercise the contract the usecases rely on. The real stores are tested by storage/store.contract.test.ts.
import { createHash } from 'node:crypto';
import type { ClaimReport, EventReport, SourceDocument } from './types.ts';
import type { EventFilter, Store, StoredClaim, StoredDocument, StoredEvent } from '../storage/store.ts';

function hex(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

interface Saved {
  doc: SourceDocument;
  ingestedAt: string;
  events: StoredEvent[];
  claims: StoredClaim[];
}

function toStored(doc: SourceDocument, events: EventReport[]): StoredEvent[] {
  const ids = new Map(events.map((e) => [e.key, `evt_${hex(`${doc.id}/${e.key}`)}`]));
  return events.map((e) => {
    const { key, sentence, start, end, rules, spans, retaliatesFor, ...fields } = e;
    const id = ids.get(key)!;
    const report = { id: `rep_${hex(id)}`, eventId: id, documentId: doc.id, url: doc.url, title: doc.title, published: doc.published, report: e };
    return { ...fields, id, retaliatesFor: retaliatesFor ? ids.get(retaliatesFor) ?? null : null, reports: [report] };
  });
}

function matches(e: StoredEvent, f: EventFilter): boolean {
  const date = e.date ?? '';
  return (!f.actor || e.actor === f.actor) && (!f.target || e.target === f.target) && (!f.type || e.type === f.type)
    && (!f.modality || e.modality === f.modality) && (!f.since || date >= f.since) && (!f.until || date.slice(0, f.until.length) <= f.until)
    && (!f.text || e.reports.some((r) => r.report.sentence.toLowerCase().includes(f.text!.toLowerCase())));
}

export function createMemoryStore(): Store {
  const docs = new Map<string, Saved>();
  const allEvents = () => [...docs.values()].flatMap((s) => s.events).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
  const toDocument = (s: Saved): StoredDocument => {
    const { text: _text, ...rest } = s.doc;
    return { ...rest, ingestedAt: s.ingestedAt, eventCount: s.events.length, claimCount: s.claims.length };
  };
  return {
    dialect: 'sqlite',
    async migrate() {},
    async saveDocument(doc: SourceDocument, extraction: { events: EventReport[]; claims: ClaimReport[] }) {
      const old = docs.get(doc.id);
      if (old && old.doc.contentHash === doc.contentHash) return 'duplicate';
      const claims = extraction.claims.map((c) => ({ ...c, id: `clm_${hex(doc.id + c.key)}`, documentId: doc.id, url: doc.url }));
      docs.set(doc.id, { doc, ingestedAt: new Date().toISOString(), events: toStored(doc, extraction.events), claims });
      return old ? 'updated' : 'inserted';
    },
    async getDocument(id) {
      const s = docs.get(id);
      return s ? { ...toDocument(s), text: s.doc.text } : null;
    },
    async listDocuments(options = {}) {
      const offset = options.offset ?? 0;
      return [...docs.values()].map(toDocument).slice(offset, offset + (options.limit ?? 100));
    },
    async listEvents(filter = {}) {
      const offset = filter.offset ?? 0;
      return allEvents().filter((e) => matches(e, filter)).slice(offset, offset + (filter.limit ?? 100));
    },
    async countEvents(filter = {}) {
      return allEvents().filter((e) => matches(e, filter)).length;
    },
    async getEvent(id) {
      return allEvents().find((e) => e.id === id) ?? null;
    },
    async listClaims() {
      return [...docs.values()].flatMap((s) => s.claims);
    },
    async stats() {
      const events = allEvents().length;
      return { documents: docs.size, events, reports: events, claims: (await this.listClaims()).length };
    },
    async close() {},
  };
}
