import type { Core } from '../../../electron/core/app-core';
import type { Goal } from '../../../electron/core/goals/types';
import { ok } from '../store';

let counter = 0;

export function makeGoal(core: Core, overrides: Record<string, unknown> = {}): Promise<Goal> {
  counter += 1;
  return ok<Goal>(core, 'goals.create', { title: `Goal ${counter}`, ...overrides });
}

/** An agenda item straight into the table (agenda items have their own services in meetings/). */
export function insertAgendaItem(
  core: Core,
  values: { mentorId: number; goalId?: number | null; kind?: 'question' | 'update' | 'ask' | 'thanks'; text?: string; createdAt?: string },
): number {
  const stamp = values.createdAt ?? '2026-01-01T00:00:00.000Z';
  const info = core.store.sqlite
    .prepare('INSERT INTO agenda_items (mentor_id, goal_id, kind, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(values.mentorId, values.goalId ?? null, values.kind ?? 'question', values.text ?? 'A question', stamp, stamp);
  return Number(info.lastInsertRowid);
}

/** A piece of advice straight into the table (advice has its own services in meetings/). */
export function insertAdvice(core: Core, values: { mentorId: number; goalId?: number | null; text?: string }): number {
  const stamp = '2026-01-01T00:00:00.000Z';
  const info = core.store.sqlite
    .prepare('INSERT INTO advice (mentor_id, goal_id, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
    .run(values.mentorId, values.goalId ?? null, values.text ?? 'Try this', stamp, stamp);
  return Number(info.lastInsertRowid);
}
