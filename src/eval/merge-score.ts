// Cross-document merging, scored with the gold `act` keys (docs/gold-guide.md). Pure.
//
// purity: for each system event (a group of reports, possibly from several documents), the share of its matched
//   reports whose gold events carry the group's majority act key; averaged over system events with a matched report.
// completeness (the other side, so that "every report its own event" cannot look perfect): for each gold act that
//   matched reports in two or more documents, the largest share of those reports held by one system event; averaged.

/** Maps a report (document id, report key) to its system event id; undefined = the report is its own event. */
export type EventIdOf = (document: string, reportKey: string) => string | undefined;

export interface MergeEntry {
  document: string;
  reportKey: string;
  /** The matched gold event's act key (or a per-document stand-in when the gold has none). */
  act: string;
  /** How reports name the document (its file name); the id otherwise. */
  label?: string;
}

export interface MergeScore {
  /** System events with at least one matched report. */
  events: number;
  purity: number | null;
  /** Gold acts matched in two or more documents. */
  sharedActs: number;
  completeness: number | null;
  /** True when no mapping was given: each report is its own event, purity is 1 by construction. */
  unmerged: boolean;
  /** Gold acts reported in several documents whose reports ended in several system events: what to fix first. */
  splits: Array<{ act: string; events: string[][] }>;
}

function largestShare(values: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return Math.max(...counts.values()) / values.length;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

export function scoreMerge(entries: readonly MergeEntry[], eventIdOf?: EventIdOf): MergeScore {
  const eventOf = (e: MergeEntry) => eventIdOf?.(e.document, e.reportKey) ?? `${e.document}#${e.reportKey}`;
  const byEvent = new Map<string, string[]>();
  const byAct = new Map<string, MergeEntry[]>();
  for (const entry of entries) {
    const id = eventOf(entry);
    byEvent.set(id, [...(byEvent.get(id) ?? []), entry.act]);
    byAct.set(entry.act, [...(byAct.get(entry.act) ?? []), entry]);
  }
  const purities = [...byEvent.values()].map(largestShare);
  const shared = [...byAct.values()].filter((list) => new Set(list.map((e) => e.document)).size >= 2);
  const completeness = shared.map((list) => largestShare(list.map(eventOf)));
  // Each split act with its pieces: the documents whose reports went to each system event.
  const splits = shared.filter((list) => new Set(list.map(eventOf)).size > 1).map((list) => {
    const pieces = new Map<string, string[]>();
    for (const e of list) pieces.set(eventOf(e), [...(pieces.get(eventOf(e)) ?? []), e.label ?? e.document]);
    return { act: list[0]!.act, events: [...pieces.values()].map((docs) => [...new Set(docs)].sort()) };
  });
  return {
    events: byEvent.size,
    purity: mean(purities),
    sharedActs: shared.length,
    completeness: mean(completeness),
    unmerged: eventIdOf === undefined,
    splits: eventIdOf === undefined ? [] : splits,
  };
}
