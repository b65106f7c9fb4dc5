// Builders for scorer tests: a small gold article and the system output that matches it perfectly.
import type { ActionType, ClaimReport, EventReport, Extraction } from '../core/types.ts';
import type { GoldEvent, GoldFile } from './gold.ts';
import type { ScoredDocument } from './score.ts';

export function report(key: string, type: ActionType, actor: string, target: string, date: string | null,
  more: Partial<EventReport> = {}): EventReport {
  return {
    key, type, actor, target, actorText: actor, targetText: target, actorSector: null, targetSector: null, date,
    dateGranularity: date === null ? null : date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
    deadline: null, count: null, countQualifier: null, modality: 'fact', background: false, fromReference: false,
    retaliatesFor: null, link: null, sentence: `sentence of ${key}`, start: 0, end: 10, rules: [], spans: {},
    code: { cameo: '000', goldstein: 0, plover: { type: 'X', mode: null, context: [] } }, ...more,
  };
}

export function goldEvent(id: string, type: ActionType, actor: string, target: string, date: string,
  more: Partial<GoldEvent> = {}): GoldEvent {
  return {
    id, type, actor, target, date, count: null, modality: 'fact', background: false, retaliates_for: null,
    optional: false, evidence: `evidence of ${id}`, act: `${actor}>${target}:${type}:${date}`, ...more,
  };
}

export function claim(more: Partial<ClaimReport> = {}): ClaimReport {
  return {
    key: 'c1', type: 'expel', actor: 'RUS', target: 'GBR', count: 9, countQualifier: 'at_least',
    period: { from: '2024', to: '2026-02-02' }, sentence: 'Since 2024, Russia has expelled at least nine', start: 0, end: 9,
    rules: [], ...more,
  };
}

/**
 * The gold: g1 RUS expels a Briton (2026-01), g2 GBR expels a Russian in retaliation (2026-02-02), g3 GBR protests,
 * g4 GBR threatens (both 2026-02-02), g5 an OPTIONAL GBR reject (2026-01); one claim (RUS>GBR expel at least 9).
 * Non-optional gold: 4 events, 1 link (g2 → g1), 1 claim.
 */
export function seedLikeGold(): GoldFile {
  return {
    document: { published: '2026-02-02', url: 'https://example.test/a' },
    events: [
      goldEvent('g1', 'expel', 'RUS', 'GBR', '2026-01', { count: 1, count_qualifier: 'exact' }),
      goldEvent('g2', 'expel', 'GBR', 'RUS', '2026-02-02', { count: 1, count_qualifier: 'exact', retaliates_for: 'g1' }),
      goldEvent('g3', 'protest', 'GBR', 'RUS', '2026-02-02'),
      goldEvent('g4', 'threaten', 'GBR', 'RUS', '2026-02-02'),
      goldEvent('g5', 'reject', 'GBR', 'RUS', '2026-01', { optional: true }),
    ],
    claims: [{ type: 'expel', actor: 'RUS', target: 'GBR', count: 9, count_qualifier: 'at_least', period: { from: '2024', to: '2026-02-02' } }],
  };
}

/** The perfect system output for seedLikeGold: s1..s4 match g1..g4, s2 answers s1, the claim is right. */
export function perfectSystem(): Extraction {
  return {
    events: [
      report('s1', 'expel', 'RUS', 'GBR', '2026-01', { count: 1, countQualifier: 'exact' }),
      report('s2', 'expel', 'GBR', 'RUS', '2026-02-02', { count: 1, countQualifier: 'exact', retaliatesFor: 's1' }),
      report('s3', 'protest', 'GBR', 'RUS', '2026-02-02'),
      report('s4', 'threaten', 'GBR', 'RUS', '2026-02-02'),
    ],
    claims: [claim()],
  };
}

/** The perfect system with one report changed (`change` gets a copy of the report `key`), dropped, or added. */
export function variant(edit: { change?: [string, Partial<EventReport>]; drop?: string; add?: EventReport;
  claim?: Partial<ClaimReport> }): ScoredDocument {
  const system = perfectSystem();
  let events = system.events.filter((e) => e.key !== edit.drop);
  if (edit.change) {
    const [key, patch] = edit.change;
    events = events.map((e) => (e.key === key ? { ...e, ...patch } : e));
  }
  if (edit.add) events.push(edit.add);
  const claims = edit.claim ? [claim(edit.claim)] : system.claims;
  return { name: 'doc', gold: seedLikeGold(), system: { events, claims } };
}
