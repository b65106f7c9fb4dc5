// One act, one record: reports of the same act in different documents become one event. Pure and canonical: the
// result depends only on the SET of reports (they are sorted by content before clustering), never on the order
// they arrived in, so the same documents give the same events and ids in any order.
//
// Two reports can share an event when type, actor, target and modality class (planned and fact are one class: an act
// announced, then done) are equal, the dates are compatible
// (one span inside the other; day dates +-1) and so are the counts; two direct reports of one document never do
// (extraction already gave that document one report per act), but a reference-only report may join a direct one.
// Clustering is complete-linkage: a report joins the largest cluster it is compatible with EVERY member of.
import { MODALITIES, type EventReport } from '../core/types.ts';
import { GRANULARITY_RANK, datesCompatible, daySpan } from './dates.ts';
import { countsCompatible, eventIdFor, modalityClass, type DyadReport, type EventPlan } from './chains.models.ts';

function granularityRank(r: EventReport): number {
  return r.dateGranularity === null || r.date === null ? 3 : GRANULARITY_RANK[r.dateGranularity];
}

/** Direct before reference-only, finest date first, then earliest date, then id. */
export function canonicalOrder(a: DyadReport, b: DyadReport): number {
  return Number(a.report.fromReference) - Number(b.report.fromReference)
    || granularityRank(a.report) - granularityRank(b.report)
    || (a.report.date ?? '').localeCompare(b.report.date ?? '')
    || a.id.localeCompare(b.id);
}

function partitionKey(r: EventReport): string {
  return `${r.type}|${r.actor}|${r.target}|${modalityClass(r.modality)}`;
}

/** How long an announced act may take to be carried out and still be the same act ("will expel 23" on the 14th,
 * "expelled 23" on the 17th). */
const ANNOUNCED_DAYS = 30;

/** An announcement dated before (or on) the day the act is reported done, within ANNOUNCED_DAYS. */
function announcedThenDone(a: EventReport, b: EventReport): boolean {
  const [planned, done] = a.modality === 'planned' && b.modality === 'fact' ? [a, b] : b.modality === 'planned' && a.modality === 'fact' ? [b, a] : [];
  const p = planned ? daySpan(planned.date) : null;
  const d = done ? daySpan(done.date) : null;
  return !!p && !!d && p.start <= d.end && d.start - p.end <= ANNOUNCED_DAYS;
}

/** Rules that date an act only by the act answering it ("Last August Washington closed the consulate in response to
 * Moscow's order ..."): the act came on or before that date, and an answer follows within weeks. */
const DATED_BY_ANSWER = ['date.answer-heading', 'date.answer-period', 'date.before-answer', 'date.answer-year'];
const ANSWER_REACH_DAYS = 31;

export const datedByAnswer = (r: EventReport | undefined) => DATED_BY_ANSWER.includes(r?.spans.date?.rule ?? '');

/** A report dated by its answer ("August") and one dated by its own text ("July 28") within the weeks before. */
function beforeItsAnswer(a: EventReport, b: EventReport): boolean {
  const [bounded, other] = datedByAnswer(a) && !datedByAnswer(b) ? [a, b] : datedByAnswer(b) && !datedByAnswer(a) ? [b, a] : [];
  const p = bounded ? daySpan(bounded.date) : null;
  const o = other ? daySpan(other.date) : null;
  return !!p && !!o && o.end <= p.end && p.start - o.start <= ANSWER_REACH_DAYS;
}

/** Only the year of its answer ("in response to a Russian decision to cap ..."): too loose to tell which act of that
 * year it is; links.models.ts places it by the window before its answer instead. */
const onlyAnswerYear = (r: EventReport) => r.spans.date?.rule === 'date.answer-year';

export function reportsCompatible(a: DyadReport, b: DyadReport): boolean {
  if (partitionKey(a.report) !== partitionKey(b.report)) return false;
  if (a.documentId === b.documentId && !a.report.fromReference && !b.report.fromReference) return false;
  if (a.documentId !== b.documentId && (onlyAnswerYear(a.report) || onlyAnswerYear(b.report))) return false;
  const dates = datesCompatible(a.report.date, b.report.date) || announcedThenDone(a.report, b.report)
    || beforeItsAnswer(a.report, b.report);
  return dates && countsCompatible(a.report, b.report);
}

/** Groups reports into acts; each group in canonical order, groups ordered by their first report. */
export function clusterReports(reports: readonly DyadReport[]): DyadReport[][] {
  const clusters: DyadReport[][] = [];
  for (const report of [...reports].sort(canonicalOrder)) {
    let best: DyadReport[] | undefined;
    for (const cluster of clusters) {
      if (!cluster.every((member) => reportsCompatible(member, report))) continue;
      if (!best || cluster.length > best.length) best = cluster;
    }
    if (best) best.push(report);
    else clusters.push([report]);
  }
  return clusters;
}

/** The value most reports give; ties by the given order (finest, direct first, ...). */
function bestSupported<T>(items: readonly DyadReport[], valueOf: (r: EventReport) => T | null, key: (v: T) => string,
  tiebreak: (a: { value: T; direct: boolean }, b: { value: T; direct: boolean }) => number): T | null {
  const groups = new Map<string, { value: T; support: number; direct: boolean }>();
  for (const item of items) {
    const value = valueOf(item.report);
    if (value === null) continue;
    const k = key(value);
    const g = groups.get(k) ?? { value, support: 0, direct: false };
    g.support += 1;
    g.direct ||= !item.report.fromReference;
    groups.set(k, g);
  }
  const ranked = [...groups.values()].sort((a, b) => b.support - a.support || tiebreak(a, b));
  return ranked[0]?.value ?? null;
}

type DateValue = { date: string; granularity: NonNullable<EventReport['dateGranularity']> };
type CountValue = { count: number; qualifier: EventReport['countQualifier'] };

/** The act's date is when it was done: announcements date it only when no report tells it done. */
function bestDate(cluster: readonly DyadReport[]): DateValue | null {
  const done = cluster.filter((r) => r.report.modality === 'fact' && r.report.date !== null);
  const planned = cluster.filter((r) => r.report.modality === 'planned');
  const dated = done.length > 0 && planned.length > 0 ? done : cluster;
  return bestSupported<DateValue>(dated,
    (r) => (r.date === null || r.dateGranularity === null ? null : { date: r.date, granularity: r.dateGranularity }),
    (v) => v.date,
    (a, b) => GRANULARITY_RANK[a.value.granularity] - GRANULARITY_RANK[b.value.granularity]
      || Number(b.direct) - Number(a.direct) || a.value.date.localeCompare(b.value.date));
}

function bestCount(cluster: readonly DyadReport[]): CountValue | null {
  return bestSupported<CountValue>(cluster,
    (r) => (r.count === null ? null : { count: r.count, qualifier: r.countQualifier }),
    (v) => `${v.count}|${v.qualifier}`,
    (a, b) => Number(b.direct) - Number(a.direct) || Number(b.value.qualifier === 'exact') - Number(a.value.qualifier === 'exact')
      || a.value.count - b.value.count);
}

/** An act some report tells as done is done: the planned reports announced it. Otherwise the best-supported value. */
function bestModality(cluster: readonly DyadReport[]): EventReport['modality'] {
  if (cluster.some((r) => r.report.modality === 'fact' && !r.report.fromReference)) return 'fact';
  return bestSupported(cluster, (r) => r.modality, (m) => m, (a, b) => MODALITIES.indexOf(a.value) - MODALITIES.indexOf(b.value))!;
}

/** The event row of one cluster (no link yet: links.models.ts adds it). */
export function eventOfCluster(cluster: readonly DyadReport[]): EventPlan {
  const head = cluster[0]!.report;
  const date = bestDate(cluster);
  const count = bestCount(cluster);
  return {
    reportIds: cluster.map((r) => r.id),
    event: {
      id: eventIdFor(cluster.map((r) => r.id)),
      type: head.type, actor: head.actor, target: head.target, actorText: head.actorText, targetText: head.targetText,
      actorSector: head.actorSector, targetSector: head.targetSector,
      date: date?.date ?? null, dateGranularity: date?.granularity ?? null,
      deadline: cluster.find((r) => r.report.deadline !== null)?.report.deadline ?? null,
      count: count?.count ?? null, countQualifier: count?.qualifier ?? null,
      modality: bestModality(cluster),
      background: cluster.every((r) => r.report.background),
      fromReference: cluster.every((r) => r.report.fromReference),
      retaliatesFor: null, link: null, code: head.code,
    },
  };
}

export function mergeReports(reports: readonly DyadReport[]): EventPlan[] {
  return clusterReports(reports).map(eventOfCluster);
}
