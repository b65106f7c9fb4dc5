// Retaliation links over the merged events of one dyad. Pure.
//
// 1. Explicit: a report's within-document link (retaliatesFor = key of another report of its document) becomes a
//    link between the events that now hold the two reports; several reports may vote, the best-supported wins.
// 2. References: when the answered event is known only from a reference ("in retaliation for a similar move by
//    Moscow last month"), or carries no date at all, and a direct report of that act is stored (reverse direction, same or related type, in the
//    date window the text implies), the reference folds into it and the link points there. An answer dated before
//    the act it answers, or one of two acts that answer each other, loses its link.
// 3. Implicit: a measure of B against A within WINDOW_DAYS after a measure of the same type by A against B gets a
//    candidate link with a confidence and a reason (implicitPair). Explicit links are never replaced.
import type { ActionType } from '../core/types.ts';
import { datesCompatible, daySpan } from './dates.ts';
import { countsCompatible, familyOf, sameFamily, type DyadReport, type EventLink, type EventPlan } from './chains.models.ts';
import { datedByAnswer } from './merge.models.ts';

export const WINDOW_DAYS = 45;
/** How far back an undated reference ("in response to Moscow's expulsions") may reach. */
export const REFERENCE_WINDOW_DAYS = 120;

type Event = EventPlan['event'];

export function linkEvents(plans: readonly EventPlan[], reports: readonly DyadReport[]): EventPlan[] {
  let out = plans.map((p) => ({ reportIds: [...p.reportIds], event: { ...p.event } }));
  applyExplicit(out, reports);
  out = resolveReferences(out, new Map(reports.map((r) => [r.id, r])));
  dropImpossible(out);
  applyImplicit(out);
  return out;
}

function applyExplicit(plans: EventPlan[], reports: readonly DyadReport[]): void {
  const eventOfReport = new Map(plans.flatMap((p) => p.reportIds.map((id) => [id, p.event.id] as const)));
  const reportOfKey = new Map(reports.map((r) => [`${r.documentId}|${r.report.key}`, r.id]));
  const byId = new Map(reports.map((r) => [r.id, r]));
  for (const plan of plans) {
    const votes = new Map<string, { support: number; link: EventLink }>();
    for (const id of plan.reportIds) {
      const r = byId.get(id);
      if (!r || r.report.retaliatesFor === null || r.report.link === null) continue;
      const answered = eventOfReport.get(reportOfKey.get(`${r.documentId}|${r.report.retaliatesFor}`) ?? '');
      if (answered === undefined || answered === plan.event.id) continue;
      const vote = votes.get(answered) ?? { support: 0, link: r.report.link };
      vote.support += 1;
      if (r.report.link.confidence > vote.link.confidence) vote.link = r.report.link;
      votes.set(answered, vote);
    }
    const best = [...votes].sort(([ia, a], [ib, b]) => b.support - a.support || b.link.confidence - a.link.confidence
      || ia.localeCompare(ib))[0];
    if (!best) continue;
    plan.event.retaliatesFor = best[0];
    plan.event.link = { kind: 'explicit', cue: best[1].link.cue, confidence: best[1].link.confidence };
  }
}

/** A stored direct report of the referenced act, or null. Same type first, then the latest before the answer. */
function referencedAct(ref: Event, answer: Event, plans: readonly EventPlan[], trustDate: boolean): Event | null {
  const answerSpan = daySpan(answer.date);
  const candidates = plans.map((p) => p.event).filter((g) => g.id !== ref.id && g.id !== answer.id && !g.fromReference
    && g.actor === ref.actor && g.target === ref.target && g.modality === 'fact'
    && (g.type === ref.type || sameFamily(g.type, ref.type)) && countsCompatible(g, ref)
    && inReferenceWindow(g, trustDate ? ref.date : null, answerSpan));
  const start = (g: Event) => (daySpan(g.date)?.start ?? 0);
  candidates.sort((a, b) => Number(b.type === ref.type) - Number(a.type === ref.type) || start(b) - start(a) || a.id.localeCompare(b.id));
  return candidates[0] ?? null;
}

function inReferenceWindow(g: Event, refDate: string | null, answerSpan: ReturnType<typeof daySpan>): boolean {
  if (refDate !== null) return datesCompatible(g.date, refDate);
  const span = daySpan(g.date);
  if (!span || !answerSpan) return false;
  return span.start <= answerSpan.end && answerSpan.start - span.start <= REFERENCE_WINDOW_DAYS;
}

const documentsOf = (p: EventPlan, reports: ReadonlyMap<string, DyadReport>) =>
  new Set(p.reportIds.map((id) => reports.get(id)?.documentId));

/**
 * How far the answered act's own date can be trusted: a reference-only or undated act is placed by the window
 * before the answer; an act known only from the answer's own documents and dated on or after the answer (the
 * answer's date copied onto it) likewise; any other act is the one the text names.
 */
function needsResolving(ref: EventPlan, answer: EventPlan, reports: ReadonlyMap<string, DyadReport>): 'trust-date' | 'window' | null {
  if (ref.event.date === null) return 'window';
  // Dated only by its answer ("in response to a Russian decision to cap ..." on the 31st): the window places it.
  if (ref.reportIds.every((id) => datedByAnswer(reports.get(id)?.report))) return 'window';
  const refSpan = daySpan(ref.event.date);
  const answerSpan = daySpan(answer.event.date);
  const answerDocs = documentsOf(answer, reports);
  const onlyHere = [...documentsOf(ref, reports)].every((d) => answerDocs.has(d));
  if (onlyHere && refSpan && answerSpan && refSpan.start >= answerSpan.start) return 'window';
  return ref.event.fromReference ? 'trust-date' : null;
}

function resolveReferences(plans: EventPlan[], reports: ReadonlyMap<string, DyadReport>): EventPlan[] {
  const byId = new Map(plans.map((p) => [p.event.id, p]));
  const folded = new Map<string, string>();
  for (const plan of plans) {
    const ref = plan.event.retaliatesFor === null ? undefined : byId.get(plan.event.retaliatesFor);
    const how = ref ? needsResolving(ref, plan, reports) : null;
    if (!ref || how === null) continue;
    const target = folded.get(ref.event.id) ?? referencedAct(ref.event, plan.event, plans, how === 'trust-date')?.id;
    if (target === undefined) continue;
    folded.set(ref.event.id, target);
    plan.event.retaliatesFor = target;
  }
  for (const [from, to] of folded) byId.get(to)!.reportIds.push(...byId.get(from)!.reportIds);
  for (const plan of plans) if (folded.has(plan.event.retaliatesFor ?? '')) plan.event.retaliatesFor = folded.get(plan.event.retaliatesFor!)!;
  return plans.filter((p) => !folded.has(p.event.id));
}

/** An answer cannot come before the act it answers; of two acts that claim to answer each other, the later one does. */
function dropImpossible(plans: EventPlan[]): void {
  const byId = new Map(plans.map((p) => [p.event.id, p.event]));
  for (const e of plans.map((p) => p.event)) {
    const answered = e.retaliatesFor === null ? undefined : byId.get(e.retaliatesFor);
    if (!answered) continue;
    const a = daySpan(e.date);
    const b = daySpan(answered.date);
    const before = a && b && b.start > a.end;
    const mutual = answered.retaliatesFor === e.id && a && b && (b.start > a.start || (b.start === a.start && answered.id > e.id));
    if (before || mutual) { e.retaliatesFor = null; e.link = null; }
  }
}

/** Which acts the ledger alone may pair, with no cue: a measure of the same type in the other direction ("expelled
 * 23 ... expelled 23"). Summonses and protests follow every incident in both capitals, and a measure of another
 * type (a recall after an expulsion) is as often a step of its own: paired on dates alone they were mostly wrong. */
function implicitPair(answered: ActionType, answer: ActionType): boolean {
  return answered === answer && sameFamily(answered, answer) && familyOf(answer) !== 'protests';
}

function applyImplicit(plans: EventPlan[]): void {
  const events = plans.map((p) => p.event);
  for (const answer of events) {
    if (answer.link !== null || answer.modality !== 'fact') continue;
    const span = daySpan(answer.date);
    if (!span) continue;
    const found = events
      .filter((e) => e.actor === answer.target && e.target === answer.actor && e.modality === 'fact'
        && implicitPair(e.type, answer.type) && e.retaliatesFor !== answer.id)
      .map((e) => ({ e, gap: span.start - (daySpan(e.date)?.start ?? Number.POSITIVE_INFINITY) }))
      .filter(({ gap }) => gap > 0 && gap <= WINDOW_DAYS)
      .sort((a, b) => a.gap - b.gap || Number(b.e.type === answer.type) - Number(a.e.type === answer.type) || a.e.id.localeCompare(b.e.id))[0];
    if (!found) continue;
    answer.retaliatesFor = found.e.id;
    answer.link = { kind: 'implicit', cue: '', confidence: implicitConfidence(answer, found.e, found.gap), reason: implicitReason(answer, found.e, found.gap) };
  }
}

function implicitConfidence(answer: Event, answered: Event, gap: number): number {
  let c = 0.3 + 0.2 * (1 - gap / WINDOW_DAYS);
  if (answer.type === answered.type) c += 0.2;
  if (answer.count !== null && answer.count === answered.count) c += 0.1;
  if (answer.dateGranularity !== 'day' || answered.dateGranularity !== 'day') c -= 0.15;
  return Math.round(Math.max(0.1, Math.min(0.85, c)) * 100) / 100;
}

const PHRASES: Partial<Record<ActionType, (target: string, count: string) => string>> = {
  expel: (t, n) => `expelled ${n}${t} diplomats`,
  recall: (t) => `recalled its envoy from ${t}`,
  close_mission: (t) => `ordered a ${t} mission closed`,
  reduce_staff: (t, n) => `cut the ${t} mission${n ? ` by ${n.trim()}` : ''}`,
  restrict_diplomats: (t) => `restricted ${t} diplomats`,
  downgrade_relations: (t) => `downgraded relations with ${t}`,
  break_relations: (t) => `broke off relations with ${t}`,
  sanction: (t) => `sanctioned ${t}`,
  summon: (t) => `summoned the ${t} envoy`,
  protest: (t) => `protested to ${t}`,
};

/** "RUS expelled 23 GBR diplomats" */
export function describeAct(e: Pick<Event, 'type' | 'actor' | 'target' | 'count'>): string {
  const phrase = PHRASES[e.type] ?? ((t: string) => `${e.type} against ${t}`);
  return `${e.actor} ${phrase(e.target, e.count === null ? '' : `${e.count} `)}`;
}

function implicitReason(answer: Event, answered: Event, gap: number): string {
  return `${describeAct(answer)} ${gap} day${gap === 1 ? '' : 's'} after ${describeAct(answered)}`;
}
