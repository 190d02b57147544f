import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Coverage, GoalListItem } from '../../electron/core/goals/types';
import type { MentorHealth } from '../../electron/core/mentors/health';
import type { MentorListItem } from '../../electron/core/mentors/types';
import { insertManyMentors } from '../helpers/factories/mentors';
import { createTestCore, ok, type TestCore } from '../helpers/store';

// Hundreds of mentors and goals: the answers must stay right. Timings are printed, never asserted.
const NOW = '2026-11-23T09:00:00.000Z';
const MENTORS = 600;
const GOALS = 300;
let core: TestCore;

beforeAll(async () => {
  core = await createTestCore({ clockStart: NOW });
  const ids = insertManyMentors(core, MENTORS, NOW);
  const sqlite = core.store.sqlite;
  const goal = sqlite.prepare("INSERT INTO goals (title, target_date, created_at, updated_at) VALUES (?, ?, ?, ?)");
  const link = sqlite.prepare('INSERT INTO goal_mentors (goal_id, mentor_id, created_at, updated_at) VALUES (?, ?, ?, ?)');
  sqlite.transaction(() => {
    for (let g = 1; g <= GOALS; g += 1) {
      const goalId = Number(goal.run(`Scale Goal ${g}`, `2027-01-${String((g % 28) + 1).padStart(2, '0')}`, NOW, NOW).lastInsertRowid);
      // Every third goal has no mentor; the rest get two.
      if (g % 3 !== 0) for (const m of [ids[g % MENTORS], ids[(g * 7 + 1) % MENTORS]]) link.run(goalId, m, NOW, NOW);
    }
  })();
});
afterAll(() => core.dispose());

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`[scale] ${label}: ${(performance.now() - start).toFixed(1)} ms`);
  return result;
}

describe(`with ${MENTORS} mentors and ${GOALS} goals`, () => {
  it('sorts every mentor by health: overdue (most first), due soon, never met, on track', async () => {
    const list = await timed('mentors.list sorted by health', () => ok<MentorListItem[]>(core, 'mentors.list', { sort: 'health' }));
    expect(list).toHaveLength(MENTORS);
    const order = { overdue: 0, due_soon: 1, never_met: 2, on_track: 3 } as const;
    const ranks = list.map((m) => order[m.health.status]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(list[0].name).toBe('Scale Mentor 0599');
    expect(list.filter((m) => m.health.status === 'never_met')).toHaveLength(MENTORS / 10);
  });

  it('lists only the overdue ones to reconnect with, most overdue first', async () => {
    const overdue = await timed('mentors.overdueToReconnect', () => ok<MentorHealth[]>(core, 'mentors.overdueToReconnect'));
    // Last met i days ago with a 30-day cadence: overdue from i = 31 on, never-met (every tenth) excluded.
    const expected = Array.from({ length: MENTORS }, (_, k) => k + 1).filter((i) => i > 30 && i % 10 !== 0);
    expect(overdue.map((h) => h.daysOverdue)).toEqual(expected.reverse().map((i) => i - 30));
  });

  it('lists goals with their mentor counts and progress, and finds the uncovered ones', async () => {
    const goals = await timed('goals.list', () => ok<GoalListItem[]>(core, 'goals.list'));
    expect(goals).toHaveLength(GOALS);
    expect(goals.filter((g) => g.mentorCount === 0)).toHaveLength(GOALS / 3);
    expect(goals.every((g) => g.progress.ratio === null)).toBe(true);
    const coverage = await timed('goals.coverage', () => ok<Coverage>(core, 'goals.coverage'));
    expect(coverage.goalsWithoutMentor).toHaveLength(GOALS / 3);
    expect(coverage.mentorLoad.length).toBeGreaterThan(0);
  });
});
