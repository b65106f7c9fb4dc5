// Usecases of the tit-for-tat layer, shared by ingest, the CLI and eval: re-merge and re-link the pairs a document
// touched, and read ledgers, chains and claim verdicts. The work itself is in the pure *.models.ts files.
import type { Extraction } from '../core/types.ts';
import { appError } from '../core/errors.ts';
import type { Store, StoredEvent } from '../storage/store.ts';
import { dyadOf, type DyadReport } from './chains.models.ts';
import { checkClaim, type ClaimCheck } from './claims-check.models.ts';
import { buildLedger, chainThrough, type Ledger, type LedgerAct } from './ledger.models.ts';
import { linkEvents } from './links.models.ts';
import { mergeReports } from './merge.models.ts';
import { loadMissionSizes, type MissionSize } from './missions.ts';

const PAGE = 1000;

/** Every event between two states (both directions), with its reports. */
export async function loadDyad(store: Store, pair: [string, string]): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listEvents({ pair, limit: PAGE, offset });
    out.push(...page);
    if (page.length < PAGE) return out;
  }
}

/** The pairs of states an extraction touches (an act and the act it answers are always in the same pair). */
export function dyadsOf(extraction: Pick<Extraction, 'events'>): Array<[string, string]> {
  const keys = new Set(extraction.events.map((e) => dyadOf(e.actor, e.target).join('|')));
  return [...keys].sort().map((k) => k.split('|') as [string, string]);
}

/** Re-merges and re-links each pair from all its stored reports: the result depends only on what is stored. The
 * store reads and writes each pair under the pair's lock, so concurrent writers cannot leave a stale merge. */
export async function refreshDyads(params: { store: Store; pairs: ReadonlyArray<[string, string]> }): Promise<void> {
  for (const pair of params.pairs) {
    await params.store.updateDyad(pair, (events) => {
      const reports = dyadReports(events);
      return linkEvents(mergeReports(reports), reports);
    });
  }
}

function dyadReports(events: StoredEvent[]): DyadReport[] {
  return events.flatMap((e) => e.reports.map((r) => ({ id: r.id, documentId: r.documentId, published: r.published, report: r.report })));
}

export async function refreshAll(params: { store: Store }): Promise<void> {
  await refreshDyads({ store: params.store, pairs: await params.store.listDyads() });
}

export async function getLedger(params: { store: Store; pair: [string, string]; sizes?: readonly MissionSize[] }): Promise<Ledger> {
  const sizes = params.sizes ?? loadMissionSizes();
  return buildLedger(params.pair, await loadDyad(params.store, dyadOf(...params.pair)), sizes);
}

export async function getChain(params: { store: Store; id: string; sizes?: readonly MissionSize[] }): Promise<{ acts: LedgerAct[]; events: StoredEvent[] }> {
  const event = await params.store.getEvent(params.id);
  if (!event) throw appError('events.not_found', `no event ${params.id}`);
  const events = await loadDyad(params.store, dyadOf(event.actor, event.target));
  const acts = chainThrough(params.id, events, params.sizes ?? loadMissionSizes());
  return { acts, events: events.filter((e) => acts.some((a) => a.id === e.id)) };
}

/** Every stored claim with its check against the ledger. */
export async function checkClaims(params: { store: Store }): Promise<Array<{ claim: Awaited<ReturnType<Store['listClaims']>>[number]; check: ClaimCheck }>> {
  const claims = await params.store.listClaims();
  const cache = new Map<string, StoredEvent[]>();
  const out = [];
  for (const claim of claims) {
    const key = dyadOf(claim.actor, claim.target).join('|');
    if (!cache.has(key)) cache.set(key, await loadDyad(params.store, dyadOf(claim.actor, claim.target)));
    out.push({ claim, check: checkClaim(claim, cache.get(key)!) });
  }
  return out;
}
