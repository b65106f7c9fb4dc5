// The dashboard overview: the network of states (fact acts per direction), recent acts, biggest escalations.
import { ESCALATION_RATIO, toActSummary, type ActSummary } from './acts.models.ts';
import { reviewsFor } from './review.usecase.ts';
import type { PairSummary, Store, StoredEvent } from '../storage/store.ts';

export const NETWORK_EDGES = 150;
export const RECENT_ACTS = 12;
export const ESCALATIONS = 8;

export interface Overview {
  stats: { documents: number; events: number; reports: number; claims: number };
  network: { nodes: Array<{ id: string; acts: number }>; edges: PairSummary[] };
  recent: ActSummary[];
  escalations: Array<{ answer: ActSummary; original: ActSummary; ratio: number }>;
}

function nodesOf(edges: PairSummary[]): Overview['network']['nodes'] {
  const acts = new Map<string, number>();
  for (const e of edges) {
    acts.set(e.actor, (acts.get(e.actor) ?? 0) + e.acts);
    acts.set(e.target, (acts.get(e.target) ?? 0) + e.acts);
  }
  return [...acts].map(([id, n]) => ({ id, acts: n })).sort((a, b) => b.acts - a.acts || a.id.localeCompare(b.id));
}

async function summaries(store: Store, events: StoredEvent[]): Promise<ActSummary[]> {
  const reviews = await reviewsFor(store, events);
  return events.map((e) => toActSummary(e, reviews.get(e.id)));
}

export async function overview(params: { store: Store }): Promise<Overview> {
  const { store } = params;
  const stats = await store.stats();
  const edges = await store.pairSummaries(NETWORK_EDGES);
  const recent = await summaries(store, await store.listEvents({ order: 'recent', modality: 'fact', limit: RECENT_ACTS }));
  const pairs = await store.listEscalations({ limit: ESCALATIONS, minRatio: ESCALATION_RATIO });
  const escalations: Overview['escalations'] = [];
  for (const pair of pairs) {
    const [answer, original] = await Promise.all([store.getEvent(pair.answerId), store.getEvent(pair.originalId)]);
    if (!answer || !original) continue;
    const [a, o] = await summaries(store, [answer, original]);
    escalations.push({ answer: a!, original: o!, ratio: Math.round(pair.ratio * 100) / 100 });
  }
  return { stats, network: { nodes: nodesOf(edges), edges }, recent, escalations };
}
