import { and, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
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

export const toProgress = (goalId: number, done: number, total: number): GoalProgress => ({ goalId, done: total ? done : 0, total, ratio: total > 0 ? done / total : null });

/**
 * The same counts as columns of a query over goals (`goalId` names the goal's id column, qualified with its
 * table): index range counts on commitments (goal_id, status), the fastest SQLite has without keeping counters.
 */
export function progressColumns(goalId: SQL): { done: SQL<number>; total: SQL<number> } {
  return {
    done: sql<number>`(select count(*) from commitments c where c.goal_id = ${goalId} and c.status = 'done')`,
    total: sql<number>`((select count(*) from commitments c where c.goal_id = ${goalId}) - (select count(*) from commitments c where c.goal_id = ${goalId} and c.status = 'dropped'))`,
  };
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
    result.set(row.goalId, toProgress(row.goalId, Number(row.done ?? 0), row.total));
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
  return toProgress(goalId, Number(row.done), row.total);
}

