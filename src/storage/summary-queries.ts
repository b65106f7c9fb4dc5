// Aggregates for the dashboard overview: acts per direction, and answers larger than the act they answer.
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.ts';
import type { AnswerPair, PairSummary } from './store.ts';

/** Fact acts per (actor, target), read from pair_summaries (kept current by every event write; pair-summary-table.ts). */
export async function pairSummaries(db: Kysely<DB>, limit: number): Promise<PairSummary[]> {
  const rows = await db
    .selectFrom('pair_summaries')
    .select(['actor', 'target', 'acts', 'restoring', 'people'])
    .where('acts', '>', 0)
    .orderBy('acts', 'desc')
    .orderBy('actor')
    .orderBy('target')
    .limit(limit)
    .execute();
  return rows.map((r) => {
    const acts = Number(r.acts);
    const restoring = Number(r.restoring);
    return { actor: r.actor, target: r.target, acts, hostile: acts - restoring, restoring, people: Number(r.people) };
  });
}

// |goldstein| x max(count, 1): the size of an act, the same on both dialects (no max()/greatest() difference).
function magnitude(table: 'a' | 'o') {
  const count = sql`coalesce(${sql.ref(`${table}.count`)}, 1)`;
  return sql<number>`(abs(${sql.ref(`${table}.goldstein`)}) * (case when ${count} < 1 then 1 else ${count} end))`;
}

/**
 * Among the `window` most recent dated fact answers (all of them on a small database), those larger than the act they
 * answer. The window keeps this an index walk on (date, id) instead of a join over every linked act.
 */
export async function listEscalations(
  db: Kysely<DB>,
  options: { limit: number; minRatio: number; window?: number },
): Promise<AnswerPair[]> {
  const answers = db
    .selectFrom('events')
    .select(['id', 'retaliates_for', 'goldstein', 'count'])
    .where('retaliates_for', 'is not', null)
    .where('modality', '=', 'fact')
    .where('date', 'is not', null)
    .orderBy('date', 'desc')
    .orderBy('id', 'desc')
    .limit(options.window ?? ESCALATION_WINDOW)
    .as('a');
  const ratio = sql<number>`(${magnitude('a')} / nullif(${magnitude('o')}, 0))`;
  const rows = await db
    .selectFrom(answers)
    .innerJoin('events as o', 'o.id', 'a.retaliates_for')
    .select(['a.id as answerId', 'o.id as originalId'])
    .select(ratio.as('ratio'))
    .where(ratio, '>', options.minRatio)
    .orderBy('ratio', 'desc')
    .orderBy('a.id')
    .limit(options.limit)
    .execute();
  return rows.map((r) => ({ answerId: r.answerId, originalId: r.originalId!, ratio: Number(r.ratio) }));
}

export const ESCALATION_WINDOW = 5000;
