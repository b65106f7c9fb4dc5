// EventFilter → one WHERE expression over `events`, the same SQL on both dialects.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB } from './schema.ts';
import type { EventFilter } from './store.ts';

type EventsEb = ExpressionBuilder<DB, 'events'>;

export function eventFilterWhere(filter: EventFilter): (eb: EventsEb) => Expression<SqlBool> {
  return (eb) => {
    const parts: Expression<SqlBool>[] = [];
    if (filter.actor) parts.push(eb('events.actor', '=', filter.actor));
    if (filter.target) parts.push(eb('events.target', '=', filter.target));
    if (filter.pair) parts.push(pairWhere(eb, filter.pair));
    if (filter.type) parts.push(eb('events.type', '=', filter.type));
    if (filter.modality) parts.push(eb('events.modality', '=', filter.modality));
    if (filter.since) parts.push(sinceWhere(eb, filter.since));
    if (filter.until) parts.push(untilWhere(eb, filter.until));
    if (filter.text) parts.push(textWhere(eb, filter.text));
    if (filter.retaliatesFor) parts.push(eb('events.retaliates_for', '=', filter.retaliatesFor));
    if (filter.order === 'recent') parts.push(eb('events.date', 'is not', null));
    return eb.and(parts);
  };
}

function pairWhere(eb: EventsEb, [a, b]: [string, string]): Expression<SqlBool> {
  return eb.or([
    eb.and([eb('events.actor', '=', a), eb('events.target', '=', b)]),
    eb.and([eb('events.actor', '=', b), eb('events.target', '=', a)]),
  ]);
}

// Dates are ISO text at their own precision ('2026', '2026-01', '2026-01-15'). Comparing both sides at the
// coarser of the two precisions makes since/until mean "overlaps": a '2026-01' event is kept by
// since=2026-01-15 and by until=2026-01-10. Plain text comparison would drop it from either. Events without
// a date never match a date bound.
// Each overlap test also gets a plain range bound it implies, which an index on date can use: a date that overlaps
// `since` is >= its year; one that overlaps `until` is < the next year/month/day after it. Both bounds hold under
// any collation that orders digits (they never compare '-' against a digit at the same place in a different way).
function sinceWhere(eb: EventsEb, since: string): Expression<SqlBool> {
  const date = sql.ref('events.date');
  return eb.and([
    eb('events.date', '>=', since.slice(0, 4)),
    eb('events.date', '>=', sql<string>`substr(cast(${since} as text), 1, length(${date}))`),
  ]);
}

function untilWhere(eb: EventsEb, until: string): Expression<SqlBool> {
  const date = sql.ref('events.date');
  return eb.and([eb('events.date', '<', nextPeriod(until)), eb(sql<string>`substr(${date}, 1, ${until.length})`, '<=', until)]);
}

/** '2026' → '2027', '2026-12' → '2027-01', '2026-01-31' → '2026-02-01' (the first period after `date`). */
export function nextPeriod(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return String(y + 1).padStart(4, '0');
  if (d === undefined) return m === 12 ? `${String(y + 1).padStart(4, '0')}-01` : `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}`;
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

// lower() on both sides so each dialect folds case its own way consistently (SQLite folds ASCII only).
function textWhere(eb: EventsEb, text: string): Expression<SqlBool> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return eb.exists(
    eb
      .selectFrom('reports')
      .select('reports.id')
      .whereRef('reports.event_id', '=', 'events.id')
      .where(sql<SqlBool>`lower(${sql.ref('reports.sentence')}) like lower(${pattern}) escape '\\'`),
  );
}
