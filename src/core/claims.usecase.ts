// Claims (aggregate statements) in the formats.md shape, each with its verdict from the ledger
// (src/chains/claims-check.models.ts says how the verdict is decided).
import type { Store, StoredClaim, StoredEvent } from '../storage/store.ts';
import type { ActionType } from './types.ts';
import { checkClaims } from '../chains/chains.usecases.ts';
import type { ClaimCheck } from '../chains/claims-check.models.ts';
import { toActSummary, type ActSummary } from './acts.models.ts';
import { reviewsFor } from './review.usecase.ts';

export type Verdict = 'consistent' | 'inconsistent' | 'unknown';

export interface ClaimRecord {
  id: string;
  type: string;
  actor: string;
  target: string;
  count: number | null;
  count_qualifier: string | null;
  period: { from: string | null; to: string | null };
  sentence: string;
  url: string | null;
  document: string;
  verdict: Verdict;
  ledger_count: number | null;
  /** Extensions: what the ledger count is of, the acts behind it, and why the verdict. */
  ledger_unit?: 'people' | 'acts';
  ledger_acts?: Array<{ id: string; date: string | null; count: number | null }>;
  verdict_reason?: string;
}

export function toClaimRecord(claim: StoredClaim, check?: ClaimCheck): ClaimRecord {
  const record: ClaimRecord = {
    id: claim.id, type: claim.type, actor: claim.actor, target: claim.target, count: claim.count,
    count_qualifier: claim.countQualifier, period: { from: claim.period.from, to: claim.period.to },
    sentence: claim.sentence, url: claim.url, document: claim.documentId, verdict: check?.verdict ?? 'unknown',
    ledger_count: check?.ledgerCount ?? null,
  };
  if (!check) return record;
  return { ...record, ledger_unit: check.unit, ledger_acts: check.acts, verdict_reason: check.reason };
}

export async function listClaims(params: { store: Store }): Promise<ClaimRecord[]> {
  return (await checkClaims(params)).map(({ claim, check }) => toClaimRecord(claim, check));
}

export const CLAIM_ACTS = 50;

/** The fact acts of the claim's type, actor and target inside its period, when the ledger named none. */
async function actsInPeriod(store: Store, claim: ClaimRecord): Promise<{ events: StoredEvent[]; total: number }> {
  const filter = {
    actor: claim.actor, target: claim.target, type: claim.type as ActionType, modality: 'fact' as const,
    ...(claim.period.from ? { since: claim.period.from } : {}), ...(claim.period.to ? { until: claim.period.to } : {}),
  };
  return { events: await store.listEvents({ ...filter, limit: CLAIM_ACTS }), total: await store.countEvents(filter) };
}

/** Each claim with the acts behind it: those the ledger counted for its verdict, else those of its type and period. */
export async function listClaimsWithActs(params: { store: Store }): Promise<Array<ClaimRecord & { acts: ActSummary[]; acts_total: number }>> {
  const { store } = params;
  const out = [];
  for (const claim of await listClaims({ store })) {
    const counted = claim.ledger_acts;
    const { events, total } = counted
      ? { events: (await Promise.all(counted.slice(0, CLAIM_ACTS).map((a) => store.getEvent(a.id)))).filter((e) => e !== null), total: counted.length }
      : await actsInPeriod(store, claim);
    const reviews = await reviewsFor(store, events);
    out.push({ ...claim, acts: events.map((e) => toActSummary(e, reviews.get(e.id))), acts_total: total });
  }
  return out;
}
