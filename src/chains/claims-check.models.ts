// Checks an aggregate claim ("Since 2024, Russia has expelled at least nine British diplomats") against the ledger.
// Pure. The ledger only holds what has been read, so its count is a LOWER BOUND of what happened:
// - it can confirm a claim that sets a floor (at_least, more_than, exact when equal, about when within 20%), and it
//   can refute a claim that sets a ceiling (exact, up_to, about) when it already counts more;
// - it never refutes a floor: "at least nine" with 3 acts on record is `unknown` (we may not have read the rest),
//   and a claim with no acts of its kind on record, or without a number, is `unknown` too.
// For expel / detain / reduce_staff the count is people (an act without a stated number counts as one person);
// for other types it is acts.
import type { CountQualifier } from '../core/types.ts';
import type { StoredClaim, StoredEvent } from '../storage/store.ts';
import { isFact } from './chains.models.ts';
import { withinPeriod } from './dates.ts';
import { PEOPLE_TYPES } from './ledger.models.ts';

export type Verdict = 'consistent' | 'inconsistent' | 'unknown';

export interface ClaimCheck {
  verdict: Verdict;
  /** People (or acts) on record for the claim's actor, target, type and period; null when nothing is on record. */
  ledgerCount: number | null;
  unit: 'people' | 'acts';
  /** The acts behind the count. */
  acts: Array<{ id: string; date: string | null; count: number | null }>;
  reason: string;
}

function verdictFor(q: CountQualifier, claimed: number, ledger: number): Verdict {
  switch (q) {
    case 'at_least': return ledger >= claimed ? 'consistent' : 'unknown';
    case 'more_than': return ledger > claimed ? 'consistent' : 'unknown';
    case 'exact': return ledger === claimed ? 'consistent' : ledger > claimed ? 'inconsistent' : 'unknown';
    case 'up_to': return ledger > claimed ? 'inconsistent' : 'consistent';
    case 'about': {
      if (Math.abs(ledger - claimed) <= Math.max(1, claimed * 0.2)) return 'consistent';
      return ledger > claimed ? 'inconsistent' : 'unknown';
    }
  }
  return 'unknown';
}

export function checkClaim(claim: StoredClaim, events: readonly StoredEvent[]): ClaimCheck {
  const unit = PEOPLE_TYPES.includes(claim.type) ? 'people' : 'acts';
  const behind = events
    .filter((e) => isFact(e) && e.type === claim.type && e.actor === claim.actor && e.target === claim.target
      && withinPeriod(e.date, claim.period.from, claim.period.to))
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
  const acts = behind.map((e) => ({ id: e.id, date: e.date, count: e.count }));
  const period = `${claim.period.from ?? 'any time'}..${claim.period.to ?? 'now'}`;
  if (behind.length === 0) {
    return { verdict: 'unknown', ledgerCount: null, unit, acts, reason: `no ${claim.type} ${claim.actor}→${claim.target} on record in ${period}` };
  }
  const ledgerCount = unit === 'people' ? behind.reduce((n, e) => n + (e.count ?? 1), 0) : behind.length;
  if (claim.count === null) {
    return { verdict: 'unknown', ledgerCount, unit, acts, reason: 'the claim states no number' };
  }
  const q = claim.countQualifier ?? 'exact';
  const verdict = verdictFor(q, claim.count, ledgerCount);
  const said = `${q === 'exact' ? '' : `${q.replace('_', ' ')} `}${claim.count}`;
  const why = verdict === 'unknown'
    ? 'the ledger holds fewer, and it only counts what has been read'
    : verdict === 'consistent' ? 'the ledger bears it out' : 'the ledger already counts more';
  return { verdict, ledgerCount, unit, acts, reason: `claim ${said}, ledger ${ledgerCount} ${unit} in ${behind.length} act(s) in ${period}: ${why}` };
}
