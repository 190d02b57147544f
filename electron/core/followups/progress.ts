import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { commitments } from '../db/schema';

/**
 * Goal progress, defined once: the share of the goal's commitments that are done, dropped ones not
 * counted. `null` ratio means "no commitments yet" — never shown as 0%.
 */
export interface GoalProgress {
  goalId: number;
  done: number;
  total: number;
  ratio: number | null;
}

export function goalProgress(db: Db, goalIds: number[]): Map<number, GoalProgress> {
  const result = new Map<number, GoalProgress>(goalIds.map((goalId) => [goalId, { goalId, done: 0, total: 0, ratio: null }]));
  if (goalIds.length === 0) return result;
  const rows = db
    .select({
      goalId: commitments.goalId,
      total: count(),
      done: sql<number>`sum(case when ${commitments.status} = 'done' then 1 else 0 end)`,
    })
    .from(commitments)
    .where(and(inArray(commitments.goalId, goalIds), sql`${commitments.status} <> 'dropped'`))
    .groupBy(commitments.goalId)
    .all();
  for (const row of rows) {
    if (row.goalId === null) continue;
    const done = Number(row.done ?? 0);
    result.set(row.goalId, { goalId: row.goalId, done, total: row.total, ratio: row.total > 0 ? done / row.total : null });
  }
  return result;
}

/** One goal's progress (the goal page) from a statement prepared once. */
export function oneGoalProgress(db: Db, goalId: number): GoalProgress {
  const row = prepared(db, 'oneGoalProgress', () =>
    db
      .select({ total: count(), done: sql<number>`coalesce(sum(case when ${commitments.status} = 'done' then 1 else 0 end), 0)` })
      .from(commitments)
      .where(and(eq(commitments.goalId, sql.placeholder('goalId')), sql`${commitments.status} <> 'dropped'`))
      .prepare(),
  ).get({ goalId })!;
  const done = Number(row.done);
  return { goalId, done, total: row.total, ratio: row.total > 0 ? done / row.total : null };
}

