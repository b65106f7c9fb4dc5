// PURE scoring of system output against gold, per formats.md "Scoring". No I/O: run-eval.ts feeds it.
import { ACTION_TYPES, type ActionType, type ClaimReport, type CountQualifier } from '../core/types.ts';
import type { GoldClaim, GoldEvent } from './gold.ts';
import { dateAtGoldPrecision, eventRank, greedyMatch, sidesOf, typeDateRank } from './match.ts';
import { accuracy, counter, tally, toAccuracy, toPrf, type AccuracyCounter, type PrfCounter } from './metrics.ts';
import { scoreMerge, type MergeEntry } from './merge-score.ts';
import type { ScoredDocument, ScoreOptions, ScoreReport } from './score.types.ts';
import { explainMiss, locateEvidence } from './evidence.ts';
import { goldActPairs, scoreCrossLinks } from './cross-links.ts';

export type { EventIdOf } from './merge-score.ts';
export type * from './score.types.ts';

function qualifier(count: number | null, q: CountQualifier | null | undefined): CountQualifier | null {
  return count === null ? null : q ?? 'exact';
}

function claimTuple(c: ClaimReport | GoldClaim): string {
  const q = 'countQualifier' in c ? c.countQualifier : c.count_qualifier;
  return `${c.type} ${c.actor}>${c.target} ${qualifier(c.count, q) ?? ''} ${c.count ?? '?'}`.replace(/\s+/g, ' ');
}

interface Totals {
  events: PrfCounter; byType: Map<ActionType, PrfCounter>; optionalMatched: number;
  count: AccuracyCounter; countQualifier: AccuracyCounter; date: AccuracyCounter; background: AccuracyCounter;
  sides: AccuracyCounter; swapped: AccuracyCounter; links: PrfCounter; claims: PrfCounter; merge: MergeEntry[];
  report: Pick<ScoreReport, 'failed' | 'misses' | 'falsePositives' | 'claimErrors' | 'linkErrors' | 'fieldErrors'>;
}

function typeCounter(t: Totals, type: ActionType): PrfCounter {
  let c = t.byType.get(type);
  if (!c) t.byType.set(type, (c = counter()));
  return c;
}

function scoreEvents(doc: ScoredDocument, t: Totals, goldOf: Map<number, number>): void {
  const reports = doc.system.events;
  const golds = doc.gold.events;
  for (const [si, gi] of greedyMatch(reports, golds, eventRank)) goldOf.set(si, gi);
  const reportOf = new Map([...goldOf].map(([si, gi]) => [gi, si]));
  reports.forEach((s, si) => {
    const gi = goldOf.get(si);
    const g = gi === undefined ? undefined : golds[gi];
    if (g?.optional) { t.optionalMatched++; return; }
    for (const c of [t.events, typeCounter(t, s.type)]) { c.system++; if (g) c.matched++; }
    if (!g) {
      t.report.falsePositives.push({ document: doc.name, key: s.key, type: s.type, actor: s.actor, target: s.target,
        date: s.date, modality: s.modality, sentence: s.sentence });
    }
  });
  const taken = new Set(goldOf.keys());
  golds.forEach((g, gi) => {
    if (g.optional) return;
    const found = reportOf.has(gi);
    for (const c of [t.events, typeCounter(t, g.type)]) { c.gold++; if (found) c.found++; }
    if (!found) {
      const sentence = doc.text === undefined ? null : locateEvidence(doc.text, g.evidence)?.sentence ?? null;
      t.report.misses.push({ document: doc.name, id: g.id, type: g.type, actor: g.actor, target: g.target, date: g.date,
        modality: g.modality, evidence: g.evidence, sentence, closest: explainMiss(g, reports, taken) });
    }
  });
  for (const [si, gi] of goldOf) {
    const s = reports[si]!;
    const g = golds[gi]!;
    const wrong = (field: 'count' | 'date', gold: string, system: string) =>
      t.report.fieldErrors.push({ document: doc.name, id: g.id, field, gold, system, key: s.key });
    if (g.count !== null) {
      tally(t.count, s.count === g.count);
      tally(t.countQualifier, s.count === g.count && qualifier(s.count, s.countQualifier) === qualifier(g.count, g.count_qualifier));
      if (s.count !== g.count) wrong('count', String(g.count), String(s.count ?? 'none'));
    }
    tally(t.date, dateAtGoldPrecision(s.date, g.date));
    if (!dateAtGoldPrecision(s.date, g.date)) wrong('date', g.date, s.date ?? 'none');
    tally(t.background, s.background === g.background);
    t.merge.push({ document: doc.documentId ?? doc.name, reportKey: s.key, act: g.act ?? `${doc.name}#${g.id}`, label: doc.name });
  }
  for (const [si, gi] of greedyMatch(reports, golds, typeDateRank)) {
    const sides = sidesOf(reports[si]!, golds[gi]!);
    tally(t.sides, sides === 'both');
    tally(t.swapped, sides === 'swapped');
  }
}

function scoreLinks(doc: ScoredDocument, t: Totals, goldOf: Map<number, number>): void {
  const reports = doc.system.events;
  const golds = doc.gold.events;
  const byKey = new Map(reports.map((s, si) => [s.key, si]));
  const goldAt = (si: number | undefined): GoldEvent | undefined => (si === undefined ? undefined : golds[goldOf.get(si) ?? -1]);
  const describe = (a: { id?: string; key?: string; type: string; actor: string; target: string }) =>
    `${a.id ?? a.key} ${a.type} ${a.actor}>${a.target}`;
  reports.forEach((s, si) => {
    if (s.retaliatesFor === null) return;
    const bi = byKey.get(s.retaliatesFor);
    const ga = goldAt(si);
    const gb = goldAt(bi);
    const right = ga !== undefined && gb !== undefined && ga.retaliates_for === gb.id;
    if (right && (ga.optional || gb.optional)) return;
    t.links.system++;
    if (right) t.links.matched++;
    else {
      const to = bi === undefined ? s.retaliatesFor : describe(reports[bi]!);
      t.report.linkErrors.push({ document: doc.name, kind: 'wrong', link: `${describe(s)} retaliates for ${to}` });
    }
  });
  const byId = new Map(golds.map((g) => [g.id, g]));
  const reportOf = new Map([...goldOf].map(([si, gi]) => [golds[gi]!.id, si]));
  for (const g of golds) {
    const h = g.retaliates_for === null ? undefined : byId.get(g.retaliates_for);
    if (!h || g.optional || h.optional) continue;
    t.links.gold++;
    const sa = reportOf.get(g.id);
    const sb = reportOf.get(h.id);
    if (sa !== undefined && sb !== undefined && reports[sa]!.retaliatesFor === reports[sb]!.key) { t.links.found++; continue; }
    // Say whether the link or one of its acts is what is missing: the two need different fixes.
    const lost = [sa === undefined ? g.id : null, sb === undefined ? h.id : null].filter((x) => x !== null);
    const why = lost.length > 0 ? `act ${lost.join(', ')} not found` : 'both acts found';
    t.report.linkErrors.push({ document: doc.name, kind: 'missed', link: `${describe(g)} retaliates for ${describe(h)} (${why})` });
  }
}

function scoreClaims(doc: ScoredDocument, t: Totals): void {
  const system = doc.system.claims;
  const gold = doc.gold.claims;
  const pairs = greedyMatch(system, gold, (s, g) => (claimTuple(s) === claimTuple(g) ? [1] : null));
  t.claims.system += system.length;
  t.claims.gold += gold.length;
  t.claims.matched += pairs.length;
  t.claims.found += pairs.length;
  const usedS = new Set(pairs.map(([s]) => s));
  const usedG = new Set(pairs.map(([, g]) => g));
  system.forEach((c, i) => {
    if (!usedS.has(i)) t.report.claimErrors.push({ document: doc.name, kind: 'spurious', claim: claimTuple(c), sentence: c.sentence });
  });
  gold.forEach((c, i) => {
    if (!usedG.has(i)) t.report.claimErrors.push({ document: doc.name, kind: 'missed', claim: claimTuple(c), sentence: c.evidence ?? null });
  });
}

export function scoreDocuments(docs: readonly ScoredDocument[], options: ScoreOptions = {}): ScoreReport {
  const t: Totals = {
    events: counter(), byType: new Map(), optionalMatched: 0, count: { right: 0, total: 0 },
    countQualifier: { right: 0, total: 0 }, date: { right: 0, total: 0 }, background: { right: 0, total: 0 },
    sides: { right: 0, total: 0 }, swapped: { right: 0, total: 0 }, links: counter(), claims: counter(), merge: [],
    report: { failed: [], misses: [], falsePositives: [], claimErrors: [], linkErrors: [], fieldErrors: [] },
  };
  for (const doc of docs) {
    if (doc.error !== undefined) t.report.failed.push({ document: doc.name, error: doc.error });
    const goldOf = new Map<number, number>();
    scoreEvents(doc, t, goldOf);
    scoreLinks(doc, t, goldOf);
    scoreClaims(doc, t);
  }
  return {
    documents: docs.length,
    failed: t.report.failed,
    events: toPrf(t.events),
    byType: ACTION_TYPES.filter((type) => t.byType.has(type)).map((type) => ({ type, ...toPrf(t.byType.get(type)!) })),
    optionalMatched: t.optionalMatched,
    fields: { count: toAccuracy(t.count), countQualifier: toAccuracy(t.countQualifier), date: toAccuracy(t.date), background: toAccuracy(t.background) },
    sides: { pairs: t.sides.total, bothRight: toAccuracy(t.sides), swapped: accuracy(t.swapped.right, t.swapped.total) },
    links: toPrf(t.links),
    claims: toPrf(t.claims),
    merge: scoreMerge(t.merge, options.eventIdOf),
    crossLinks: options.eventIdOf && options.systemLinks
      ? scoreCrossLinks(t.merge, options.eventIdOf, options.systemLinks, goldActPairs(docs))
      : null,
    misses: t.report.misses,
    falsePositives: t.report.falsePositives,
    claimErrors: t.report.claimErrors,
    linkErrors: t.report.linkErrors,
    fieldErrors: t.report.fieldErrors,
  };
}

/** One document, for tests and callers that score a single article. */
export function scoreDocument(doc: ScoredDocument, options: ScoreOptions = {}): ScoreReport {
  return scoreDocuments([doc], options);
}
