// Links scored across documents with the gold `act` keys (docs/gold-guide.md). Pure.
// A system link a → b (stored events) is right when some act matched by a's reports and some act matched by b's
// reports are linked in the gold of ANY document. Recall is over the distinct gold (act, act) pairs. Links whose
// only right reading is an optional gold link are left out of both counts, as in the per-document score.
import type { GoldFile } from './gold.ts';
import type { EventIdOf, MergeEntry } from './merge-score.ts';
import { prf, type Prf } from './metrics.ts';

export interface SystemLink {
  from: string;
  to: string;
  kind: 'explicit' | 'implicit';
}

export interface CrossLinkScore {
  explicit: Prf;
  all: Prf;
  errors: Array<{ kind: 'missed' | 'wrong'; link: string }>;
}

export function goldActPairs(golds: ReadonlyArray<{ name: string; gold: GoldFile }>): { required: Set<string>; optional: Set<string> } {
  const required = new Set<string>();
  const optional = new Set<string>();
  for (const { name, gold } of golds) {
    const byId = new Map(gold.events.map((g) => [g.id, g]));
    for (const g of gold.events) {
      const h = g.retaliates_for === null ? undefined : byId.get(g.retaliates_for);
      if (!h) continue;
      const key = `${g.act ?? `${name}#${g.id}`}>${h.act ?? `${name}#${h.id}`}`;
      (g.optional || h.optional ? optional : required).add(key);
    }
  }
  for (const key of required) optional.delete(key);
  return { required, optional };
}

function scoreSet(links: readonly SystemLink[], actsOf: Map<string, Set<string>>, gold: ReturnType<typeof goldActPairs>,
  errors: CrossLinkScore['errors'] | null): Prf {
  let system = 0;
  let matched = 0;
  const found = new Set<string>();
  for (const link of links) {
    const pairs = [...(actsOf.get(link.from) ?? [])].flatMap((a) => [...(actsOf.get(link.to) ?? [])].map((b) => `${a}>${b}`));
    const right = pairs.filter((p) => gold.required.has(p));
    if (right.length === 0 && pairs.some((p) => gold.optional.has(p))) continue;
    system++;
    if (right.length > 0) { matched++; right.forEach((p) => found.add(p)); } else errors?.push({ kind: 'wrong', link: `${link.from} → ${link.to} (${pairs.join(', ') || 'unmatched'})` });
  }
  if (errors) for (const p of gold.required) if (!found.has(p)) errors.push({ kind: 'missed', link: p });
  return prf(matched, system, found.size, gold.required.size);
}

export function scoreCrossLinks(entries: readonly MergeEntry[], eventIdOf: EventIdOf, links: readonly SystemLink[],
  gold: ReturnType<typeof goldActPairs>): CrossLinkScore {
  const actsOf = new Map<string, Set<string>>();
  for (const e of entries) {
    const id = eventIdOf(e.document, e.reportKey);
    if (id === undefined) continue;
    actsOf.set(id, (actsOf.get(id) ?? new Set()).add(e.act));
  }
  const errors: CrossLinkScore['errors'] = [];
  const explicit = scoreSet(links.filter((l) => l.kind === 'explicit'), actsOf, gold, errors);
  return { explicit, all: scoreSet(links, actsOf, gold, null), errors };
}
