import type { Core } from '../../../electron/core/app-core';

const STAMP = '2026-01-01T00:00:00.000Z';

/** A commitment row in any state, straight into the table, for measures and board fixtures. */
export function insertCommitmentRow(
  core: Core,
  values: {
    title?: string;
    status?: 'open' | 'done' | 'dropped';
    dueDate?: string | null;
    completedAt?: string | null;
    droppedAt?: string | null;
    reportedBackAt?: string | null;
    mentorId?: number | null;
    goalId?: number | null;
    adviceId?: number | null;
    owner?: 'me' | 'mentor';
  },
): number {
  const info = core.store.sqlite
    .prepare(
      `INSERT INTO commitments (title, status, due_date, completed_at, dropped_at, reported_back_at, mentor_id, goal_id, advice_id, owner, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      values.title ?? 'A commitment',
      values.status ?? 'open',
      values.dueDate ?? null,
      values.completedAt ?? null,
      values.droppedAt ?? null,
      values.reportedBackAt ?? null,
      values.mentorId ?? null,
      values.goalId ?? null,
      values.adviceId ?? null,
      values.owner ?? 'me',
      STAMP,
      STAMP,
    );
  return Number(info.lastInsertRowid);
}
