import type { Core } from '../../../electron/core/app-core';
import type { Mentor } from '../../../electron/core/mentors/types';
import { ok } from '../store';

// makeGoal lives with the goal factories; re-exported because other domains' tests import it from here.
export { makeGoal } from './goals';

let counter = 0;

export function makeMentor(core: Core, overrides: Record<string, unknown> = {}): Promise<Mentor> {
  counter += 1;
  return ok<Mentor>(core, 'mentors.create', { name: `Mentor ${counter}`, ...overrides });
}

/** A meeting row straight into the table (meetings have their own services and tests). */
export function insertMeeting(core: Core, mentorId: number, scheduledAt: string, status: 'planned' | 'held' | 'cancelled' = 'held'): number {
  const info = core.store.sqlite
    .prepare('INSERT INTO meetings (mentor_id, scheduled_at, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
    .run(mentorId, scheduledAt, status, scheduledAt, scheduledAt);
  return Number(info.lastInsertRowid);
}

export function insertCommitment(core: Core, values: { mentorId?: number | null; goalId?: number | null; status?: 'open' | 'done' | 'dropped'; title?: string }): number {
  const stamp = '2026-01-01T00:00:00.000Z';
  const info = core.store.sqlite
    .prepare('INSERT INTO commitments (mentor_id, goal_id, status, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(values.mentorId ?? null, values.goalId ?? null, values.status ?? 'open', values.title ?? 'Do the thing', stamp, stamp);
  return Number(info.lastInsertRowid);
}
