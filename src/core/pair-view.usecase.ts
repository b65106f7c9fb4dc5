// One pair of states (e.g. GBR-RUS): its dated acts in both directions, newest PAIR_ACTS, each answer marked
// proportionate, escalation or lesser against the act it answers, and a tally per direction.
import { loadMissionSizes } from '../chains/missions.ts';
import { correctedEvent, responseKind, toActSummary, type ActSummary, type ResponseKind } from './acts.models.ts';
import { reviewsFor } from './review.usecase.ts';
import type { Store } from '../storage/store.ts';

/** The newest acts drawn; more makes the page slow to load and the chart unreadable (the API says `truncated`). */
export const PAIR_ACTS = 500;

export interface PairAct extends ActSummary {
  response: ResponseKind | null;
}

export interface DirectionTally {
  actor: string;
  target: string;
  acts: number;
  people: number;
  hostile: number;
  restoring: number;
}

export interface PairView {
  pair: [string, string];
  total: number;
  truncated: boolean;
  acts: PairAct[];
  tally: [DirectionTally, DirectionTally];
}

function tally(actor: string, target: string, acts: PairAct[]): DirectionTally {
  const mine = acts.filter((a) => a.actor === actor && a.target === target && a.modality === 'fact' && a.review !== 'rejected');
  const restoring = mine.filter((a) => a.type === 'restore').length;
  const people = mine.reduce((sum, a) => sum + (a.count ?? 0), 0);
  return { actor, target, acts: mine.length, people, hostile: mine.length - restoring, restoring };
}

export async function pairView(params: { store: Store; pair: [string, string] }): Promise<PairView> {
  const { store, pair } = params;
  const filter = { pair, order: 'recent' as const };
  const events = (await store.listEvents({ ...filter, limit: PAIR_ACTS })).reverse();
  const total = await store.countEvents(filter);
  const reviews = await reviewsFor(store, events);
  const corrected = new Map(events.map((e) => [e.id, correctedEvent(e, reviews.get(e.id))]));
  const sizes = loadMissionSizes();
  const acts = events.map((e): PairAct => {
    const summary = toActSummary(e, reviews.get(e.id));
    const original = summary.retaliates_for ? corrected.get(summary.retaliates_for) : undefined;
    return { ...summary, response: original ? responseKind(corrected.get(e.id)!, original, sizes) : null };
  });
  const [x, y] = pair;
  return { pair, total, truncated: total > events.length, acts, tally: [tally(x, y, acts), tally(y, x, acts)] };
}
