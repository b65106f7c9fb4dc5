// An in-memory Store for usecase and adapter tests: one event per report (no merging across documents), enough to
// exercise the contract the usecases rely on. The real stores are tested by storage/store.contract.test.ts.
import { createHash } from 'node:crypto';
import type { ClaimReport, EventReport, SourceDocument } from './types.ts';
import type { EventFilter, EventReview, FeedItemRecord, FeedState, MergedEvent, Store, StoredClaim, StoredDocument, StoredEvent } from '../storage/store.ts';

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
  const inPair = !f.pair || (e.actor === f.pair[0] && e.target === f.pair[1]) || (e.actor === f.pair[1] && e.target === f.pair[0]);
  return inPair && (!f.actor || e.actor === f.actor) && (!f.target || e.target === f.target) && (!f.type || e.type === f.type)
    && (!f.modality || e.modality === f.modality) && (!f.since || date >= f.since) && (!f.until || date.slice(0, f.until.length) <= f.until)
    && (!f.text || e.reports.some((r) => r.report.sentence.toLowerCase().includes(f.text!.toLowerCase())))
    && (!f.retaliatesFor || e.retaliatesFor === f.retaliatesFor);
}

function withMerged(events: StoredEvent[], merged: Map<string, MergedEvent[]>): StoredEvent[] {
  const reports = new Map(events.flatMap((e) => e.reports.map((r) => [r.id, r] as const)));
  const covered = new Set([...merged.values()].flat().flatMap((m) => m.reportIds));
  const own = events.filter((e) => !e.reports.some((r) => covered.has(r.id)));
  const joined = [...merged.values()].flat().map((m) => ({
    ...m.event, reports: m.reportIds.flatMap((id) => { const r = reports.get(id); return r ? [{ ...r, eventId: m.event.id }] : []; }),
  }));
  return [...own, ...joined.filter((e) => e.reports.length > 0)];
}

export function createMemoryStore(): Store {
  const docs = new Map<string, Saved>();
  const feeds = new Map<string, FeedState>();
  const items = new Map<string, FeedItemRecord>();
  const reviews = new Map<string, EventReview>();
  // Merged events written by chains/ (updateDyad), by pair; reports not covered stay their own event.
  const merged = new Map<string, MergedEvent[]>();
  const allEvents = () => withMerged([...docs.values()].flatMap((s) => s.events), merged).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
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
    async hasDocument(id, hash) {
      return docs.get(id)?.doc.contentHash === hash;
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
    async saveReview(review) {
      reviews.set(review.reportId, review);
    },
    async listReviews(ids) {
      return ids.flatMap((id) => reviews.get(id) ?? []);
    },
    async deleteReviews(ids) {
      return ids.filter((id) => reviews.delete(id)).length;
    },
    async pairSummaries() {
      return [];
    },
    async listEscalations() {
      return [];
    },
    async listDyads() {
      const keys = new Set(allEvents().map((e) => [e.actor, e.target].sort().join('|')));
      return [...keys].sort().map((k) => k.split('|') as [string, string]);
    },
    async updateDyad(pair, plan) {
      const key = [...pair].sort().join('|');
      const events = allEvents().filter((e) => [e.actor, e.target].sort().join('|') === key);
      merged.set(key, [...plan(events)]);
    },
    async stats() {
      const events = allEvents().length;
      return { documents: docs.size, events, reports: events, claims: (await this.listClaims()).length };
    },
    async nearDuplicateOf() {
      return null; // no fingerprints in memory: near duplicates are the SQL stores' job
    },
    async getFeedState(url) {
      return feeds.get(url) ?? null;
    },
    async saveFeedState(state) {
      feeds.set(state.url, { ...state });
    },
    async getFeedItems(feedUrl, keys) {
      return new Map(keys.flatMap((k) => { const r = items.get(`${feedUrl} ${k}`); return r ? [[k, r] as const] : []; }));
    },
    async saveFeedItem(record) {
      items.set(`${record.feedUrl} ${record.itemKey}`, { ...record });
    },
    async close() {},
  };
}
