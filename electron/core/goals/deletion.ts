import { count, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { advice, agendaItems, commitments, goalMentors, goals } from '../db/schema';
import { requireGoal } from './goals';
import type { GoalDeletionImpact } from './types';

/** What deleting a goal changes: its mentor links go; advice, commitments and agenda items stay, goal cleared. */
export function goalDeletionImpact(db: Db, id: number): GoalDeletionImpact {
  const goal = requireGoal(db, id);
  const countWhere = (table: typeof goalMentors | typeof advice | typeof commitments | typeof agendaItems) =>
    db.select({ n: count() }).from(table).where(eq(table.goalId, id)).get()!.n;
  return {
    goalId: id,
    title: goal.title,
    mentorLinks: countWhere(goalMentors),
    commitments: countWhere(commitments),
    advice: countWhere(advice),
    agendaItems: countWhere(agendaItems),
  };
}

/** Deletes a goal and its mentor links (the schema cascades); the rest keeps existing with the goal cleared (set null). */
export function deleteGoal(db: Db, id: number): GoalDeletionImpact {
  return db.transaction((tx) => {
    const impact = goalDeletionImpact(tx as unknown as Db, id);
    tx.delete(goals).where(eq(goals.id, id)).run();
    return impact;
  });
}
