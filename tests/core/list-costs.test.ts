import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../electron/core/followups/dashboard';
import { COUNT_CAP, type FollowUpBoard } from '../../electron/core/followups/types';
import type { MentorHealth } from '../../electron/core/mentors/health';
import type { MentorListItem } from '../../electron/core/mentors/types';
import { insertCommitmentRow } from '../helpers/factories/followups';
import { insertMeeting, makeMentor } from '../helpers/factories/mentors';
import { createTestCore, ok, type TestCore } from '../helpers/store';

let cores: TestCore[] = [];
const newCore = async () => {
  const core = await createTestCore({ clockStart: '2026-11-23T09:00:00.000Z' });
  cores.push(core);
  return core;
};
beforeEach(() => {
  cores = [];
});
afterEach(() => cores.forEach((c) => c.dispose()));

function insertOverdue(core: TestCore, n: number, mentorId: number | null = null) {
  core.store.sqlite.transaction(() => {
    for (let i = 0; i < n; i++) insertCommitmentRow(core, { title: `Overdue ${i}`, dueDate: '2026-11-01', mentorId });
  })();
}

describe('counts stay cheap with years of commitments', () => {
  it('counts exactly below the cap and stops at the cap above it, on the board and the dashboard', async () => {
    const core = await newCore();
    insertOverdue(core, 12);
    let board = await ok<FollowUpBoard>(core, 'followups.board', { perBucket: 10 });
    expect(board.totals.overdue).toBe(12);
    expect(board.buckets.overdue).toHaveLength(10);
    insertOverdue(core, COUNT_CAP + 5);
    board = await ok<FollowUpBoard>(core, 'followups.board', { perBucket: 10 });
    expect(board.totals.overdue).toBe(COUNT_CAP);
    const today = await ok<Dashboard>(core, 'dashboard.today', {});
    expect(today.totals.overdue).toBe(COUNT_CAP);
    expect(today.overdue).toHaveLength(20);
  });

  it('counts only the filtered mentor’s commitments with the prepared statements', async () => {
    const core = await newCore();
    const ada = await makeMentor(core, { name: 'Ada' });
    const alan = await makeMentor(core, { name: 'Alan' });
    insertOverdue(core, 15, ada.id);
    insertOverdue(core, 3, alan.id);
    expect((await ok<FollowUpBoard>(core, 'followups.board', { perBucket: 10, mentorId: ada.id })).totals.overdue).toBe(15);
    expect((await ok<FollowUpBoard>(core, 'followups.board', { perBucket: 10, mentorId: alan.id })).totals.overdue).toBe(3);
    expect((await ok<FollowUpBoard>(core, 'followups.board', { perBucket: 10 })).totals.overdue).toBe(18);
  });
});

describe('statements prepared once per database', () => {
  it('keeps each store’s answers its own when several stores are open in one process', async () => {
    const a = await newCore();
    const b = await newCore();
    const ada = await makeMentor(a, { name: 'Ada', keepInTouchCadenceDays: 30 });
    insertMeeting(a, ada.id, '2026-09-01T10:00:00.000Z');
    const grace = await makeMentor(b, { name: 'Grace', keepInTouchCadenceDays: 30 });
    insertMeeting(b, grace.id, '2026-11-20T10:00:00.000Z');
    insertOverdue(b, 2, grace.id);
    const listA = await ok<MentorListItem[]>(a, 'mentors.list', {});
    const listB = await ok<MentorListItem[]>(b, 'mentors.list', {});
    expect(listA.map((m) => [m.name, m.health.status])).toEqual([['Ada', 'overdue']]);
    expect(listB.map((m) => [m.name, m.health.status])).toEqual([['Grace', 'on_track']]);
    expect((await ok<MentorHealth[]>(a, 'mentors.overdueToReconnect', {})).map((h) => h.name)).toEqual(['Ada']);
    expect(await ok<MentorHealth[]>(b, 'mentors.overdueToReconnect', {})).toEqual([]);
    // A later write is seen by the already-prepared statement.
    insertMeeting(a, ada.id, '2026-11-22T10:00:00.000Z');
    expect(await ok<MentorHealth[]>(a, 'mentors.overdueToReconnect', {})).toEqual([]);
  });
});
