import { asc } from 'drizzle-orm';
import type { Db } from '../db/client';
import { goals, mentors } from '../db/schema';
import type { GoalStatus } from '../values';

export interface MentorOption {
  id: number;
  name: string;
  archived: boolean;
  keepInTouchCadenceDays: number;
}

export interface GoalOption {
  id: number;
  title: string;
  status: GoalStatus;
}

/** Every mentor, for pickers and filters (archived ones flagged, listed last). */
export function mentorOptions(db: Db): MentorOption[] {
  return db
    .select({ id: mentors.id, name: mentors.name, archivedAt: mentors.archivedAt, keepInTouchCadenceDays: mentors.keepInTouchCadenceDays })
    .from(mentors)
    .orderBy(asc(mentors.name), asc(mentors.id))
    .all()
    .map((m) => ({ id: m.id, name: m.name, archived: m.archivedAt !== null, keepInTouchCadenceDays: m.keepInTouchCadenceDays }))
    .sort((a, b) => Number(a.archived) - Number(b.archived));
}

/** Every goal, for pickers and filters (active ones first). */
export function goalOptions(db: Db): GoalOption[] {
  const order: Record<GoalStatus, number> = { active: 0, paused: 1, achieved: 2, dropped: 3 };
  return db
    .select({ id: goals.id, title: goals.title, status: goals.status })
    .from(goals)
    .orderBy(asc(goals.title), asc(goals.id))
    .all()
    .sort((a, b) => order[a.status] - order[b.status]);
}
