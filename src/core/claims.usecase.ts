// Claims (aggregate statements) in the formats.md shape. The ledger check comes later: until then every verdict is
// "unknown" and ledger_count is null.
import type { Store, StoredClaim } from '../storage/store.ts';

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
}

export function toClaimRecord(claim: StoredClaim): ClaimRecord {
  return {
    id: claim.id, type: claim.type, actor: claim.actor, target: claim.target, count: claim.count,
    count_qualifier: claim.countQualifier, period: { from: claim.period.from, to: claim.period.to },
    sentence: claim.sentence, url: claim.url, document: claim.documentId, verdict: 'unknown', ledger_count: null,
  };
}

export async function listClaims(params: { store: Store }): Promise<ClaimRecord[]> {
  return (await params.store.listClaims()).map(toClaimRecord);
}
