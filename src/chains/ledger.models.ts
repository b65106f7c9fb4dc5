// The ledger of one pair of states: per direction and type, acts and people over time; each answer weighed
// against the act it answers; the chains (A -> B -> A ...). Pure: stored events and mission sizes in.
import type { ActionType } from '../core/types.ts';
import type { StoredEvent } from '../storage/store.ts';
import { isFact, type EventLink } from './chains.models.ts';
import { missionSize, type MissionSize } from './missions.ts';

/** Types whose count is a number of people (formats.md: expel, detain, reduce_staff). */
export const PEOPLE_TYPES: readonly ActionType[] = ['expel', 'detain', 'reduce_staff'];
/** Types whose count can be set against the size of a mission. */
const MISSION_TYPES: readonly ActionType[] = ['expel', 'reduce_staff'];

export type Proportionality = 'proportionate' | 'escalation' | 'de-escalation';

export interface LedgerAct {
  id: string; type: ActionType; actor: string; target: string; date: string | null;
  count: number | null; countQualifier: string | null; goldstein: number;
  /** Share of the target's mission the act removed, when the mission's size is known. */
  missionShare: { share: number; staff: number; mission: string; source: string } | null;
  retaliatesFor: string | null; link: EventLink | null;
}

export interface TypeTally { type: ActionType; acts: number; people: number; byYear: Array<{ year: string; acts: number; people: number }> }
export interface DirectionLedger { actor: string; target: string; acts: number; people: number; types: TypeTally[] }

export interface Response {
  response: LedgerAct;
  answers: LedgerAct;
  countRatio: number | null;
  severity: { response: number; answered: number; delta: number };
  shareRatio: number | null;
  flag: Proportionality;
  /** What decided the flag: Goldstein severity, mission shares, counts, or nothing to weigh (same severity). */
  basis: 'severity' | 'mission-share' | 'count' | 'type';
}

export interface Ledger { pair: [string, string]; directions: DirectionLedger[]; responses: Response[]; chains: LedgerAct[][] }

export function toLedgerAct(e: StoredEvent | Omit<StoredEvent, 'reports'>, sizes: readonly MissionSize[]): LedgerAct {
  const size = MISSION_TYPES.includes(e.type) && e.count !== null ? missionSize(sizes, e.target, e.actor, e.date) : null;
  return {
    id: e.id, type: e.type, actor: e.actor, target: e.target, date: e.date, count: e.count, countQualifier: e.countQualifier,
    goldstein: e.code.goldstein, retaliatesFor: e.retaliatesFor, link: e.link,
    missionShare: size && e.count !== null
      ? { share: Math.round((e.count / size.staff) * 1000) / 1000, staff: size.staff, mission: size.mission, source: size.source }
      : null,
  };
}

function people(e: LedgerAct): number {
  return PEOPLE_TYPES.includes(e.type) ? e.count ?? 0 : 0;
}

function tallyDirection(actor: string, target: string, acts: readonly LedgerAct[]): DirectionLedger {
  const mine = acts.filter((a) => a.actor === actor && a.target === target);
  const types = [...new Set(mine.map((a) => a.type))].sort().map((type) => {
    const ofType = mine.filter((a) => a.type === type);
    const years = [...new Set(ofType.map((a) => a.date?.slice(0, 4) ?? 'undated'))].sort();
    return {
      type, acts: ofType.length, people: ofType.reduce((n, a) => n + people(a), 0),
      byYear: years.map((year) => {
        const inYear = ofType.filter((a) => (a.date?.slice(0, 4) ?? 'undated') === year);
        return { year, acts: inYear.length, people: inYear.reduce((n, a) => n + people(a), 0) };
      }),
    };
  });
  return { actor, target, acts: mine.length, people: mine.reduce((n, a) => n + people(a), 0), types };
}

/** Weighs an answer against the act it answers: severity first, then mission shares, then counts. */
export function assessResponse(response: LedgerAct, answers: LedgerAct): Response {
  const delta = Math.round((response.goldstein - answers.goldstein) * 10) / 10;
  const severity = { response: response.goldstein, answered: answers.goldstein, delta };
  const countRatio = response.count !== null && answers.count ? response.count / answers.count : null;
  const shareRatio = response.missionShare && answers.missionShare && answers.missionShare.share > 0
    ? response.missionShare.share / answers.missionShare.share : null;
  const base = { response, answers, countRatio, severity, shareRatio };
  if (delta <= -1) return { ...base, flag: 'escalation', basis: 'severity' };
  if (delta >= 1) return { ...base, flag: 'de-escalation', basis: 'severity' };
  if (shareRatio !== null) return { ...base, flag: byRatio(shareRatio, 0.1), basis: 'mission-share' };
  if (countRatio !== null) return { ...base, flag: byRatio(countRatio, 0), basis: 'count' };
  return { ...base, flag: 'proportionate', basis: 'type' };
}

function byRatio(ratio: number, tolerance: number): Proportionality {
  if (ratio > 1 + tolerance) return 'escalation';
  if (ratio < 1 - tolerance) return 'de-escalation';
  return 'proportionate';
}

const byDate = (a: LedgerAct, b: LedgerAct) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id);

/** Every path from an act that answers nothing to an act nothing answers, following links. */
function chainsOf(acts: readonly LedgerAct[]): LedgerAct[][] {
  const byId = new Map(acts.map((a) => [a.id, a]));
  const answers = new Map<string, LedgerAct[]>();
  for (const a of acts) if (a.retaliatesFor && byId.has(a.retaliatesFor)) answers.set(a.retaliatesFor, [...(answers.get(a.retaliatesFor) ?? []), a]);
  const roots = acts.filter((a) => (!a.retaliatesFor || !byId.has(a.retaliatesFor)) && answers.has(a.id)).sort(byDate);
  const out: LedgerAct[][] = [];
  const walk = (path: LedgerAct[]) => {
    const next = (answers.get(path.at(-1)!.id) ?? []).filter((a) => !path.includes(a)).sort(byDate);
    if (next.length === 0 || out.length >= 100) { out.push(path); return; }
    for (const a of next) walk([...path, a]);
  };
  for (const root of roots) walk([root]);
  return out;
}

export function buildLedger(pair: [string, string], events: readonly StoredEvent[], sizes: readonly MissionSize[]): Ledger {
  const [a, b] = pair;
  const acts = events
    .filter((e) => isFact(e) && ((e.actor === a && e.target === b) || (e.actor === b && e.target === a)))
    .map((e) => toLedgerAct(e, sizes))
    .sort(byDate);
  const byId = new Map(acts.map((x) => [x.id, x]));
  const responses = acts.flatMap((x) => {
    const answered = x.retaliatesFor ? byId.get(x.retaliatesFor) : undefined;
    return answered ? [assessResponse(x, answered)] : [];
  });
  return { pair, directions: [tallyDirection(a, b, acts), tallyDirection(b, a, acts)], responses, chains: chainsOf(acts) };
}

/** The chain through one act: its ancestors (what it answers, and so on), then the earliest answers after it. */
export function chainThrough(id: string, events: readonly StoredEvent[], sizes: readonly MissionSize[]): LedgerAct[] {
  const acts = events.map((e) => toLedgerAct(e, sizes));
  const byId = new Map(acts.map((x) => [x.id, x]));
  const start = byId.get(id);
  if (!start) return [];
  const path = [start];
  for (let up = byId.get(start.retaliatesFor ?? ''); up && !path.includes(up); up = byId.get(up.retaliatesFor ?? '')) path.unshift(up);
  for (let cur = start; ;) {
    const next = acts.filter((x) => x.retaliatesFor === cur.id && !path.includes(x)).sort(byDate)[0];
    if (!next) break;
    path.push(next);
    cur = next;
  }
  return path;
}
