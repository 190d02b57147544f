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

/**
 * Many mentors at once, straight into the tables (for scale tests): mentor i last met i days before
 * `now` with a 30-day cadence, so health spreads across on track, due soon and overdue; every tenth
 * has never met. Returns the ids in insertion order.
 */
export function insertManyMentors(core: Core, count: number, now: string): number[] {
  const sqlite = core.store.sqlite;
  const mentor = sqlite.prepare(
    "INSERT INTO mentors (name, role, organization, keep_in_touch_cadence_days, created_at, updated_at) VALUES (?, 'Director', 'Acme', 30, ?, ?)",
  );
  const meeting = sqlite.prepare("INSERT INTO meetings (mentor_id, scheduled_at, status, created_at, updated_at) VALUES (?, ?, 'held', ?, ?)");
  const nowMs = new Date(now).getTime();
  return sqlite.transaction(() => {
    const ids: number[] = [];
    for (let i = 1; i <= count; i += 1) {
      const id = Number(mentor.run(`Scale Mentor ${String(i).padStart(4, '0')}`, now, now).lastInsertRowid);
      if (i % 10 !== 0) {
        const at = new Date(nowMs - i * 86_400_000).toISOString();
        meeting.run(id, at, at, at);
      }
      ids.push(id);
    }
    return ids;
  })();
}
