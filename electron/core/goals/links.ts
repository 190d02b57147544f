import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { goalMentors } from '../db/schema';
import { notFound } from '../errors';
import { requireMentor } from '../mentors/mentors';
import { requireGoal } from './goals';

/** Links a mentor to a goal with what they can do for it; linking again updates the note. */
export function linkMentorToGoal(db: Db, goalId: number, mentorId: number, canHelpWith: string, now: Date): void {
  requireGoal(db, goalId);
  requireMentor(db, mentorId);
  const stamp = now.toISOString();
  db.insert(goalMentors)
    .values({ goalId, mentorId, canHelpWith, createdAt: stamp, updatedAt: stamp })
    .onConflictDoUpdate({ target: [goalMentors.goalId, goalMentors.mentorId], set: { canHelpWith, updatedAt: stamp } })
    .run();
}

export function unlinkMentorFromGoal(db: Db, goalId: number, mentorId: number): void {
  const result = db.delete(goalMentors).where(and(eq(goalMentors.goalId, goalId), eq(goalMentors.mentorId, mentorId))).run();
  if (result.changes === 0) throw notFound('goal–mentor link', `${goalId}/${mentorId}`);
}
