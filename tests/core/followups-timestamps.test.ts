import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Commitment, FollowUpBoard } from '../../electron/core/followups/types';
import { makeMentor } from '../helpers/factories/mentors';
import { createTestCore, ok, type TestCore } from '../helpers/store';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore({ clockStart: '2026-11-23T09:00:00.000Z' });
});
afterEach(() => core.dispose());

const at = (hour: number) => `2026-11-23T${String(hour).padStart(2, '0')}:00:00.000Z`;

describe('commitment timestamps on every state change', () => {
  it('stamps each change from the injected clock, and reopening a done one clears completion and report-back', async () => {
    const mentor = await makeMentor(core);
    const created = await ok<Commitment>(core, 'commitments.create', { title: 'Send the intro', mentorId: mentor.id, owner: 'mentor' });
    expect(created).toMatchObject({ owner: 'mentor', createdAt: at(9), updatedAt: at(9) });

    core.clock.advanceMinutes(60);
    const moved = await ok<Commitment>(core, 'commitments.update', { id: created.id, changes: { dueDate: '2026-11-25' } });
    expect(moved).toMatchObject({ dueDate: '2026-11-25', updatedAt: at(10), createdAt: at(9) });

    core.clock.advanceMinutes(60);
    const snoozed = await ok<Commitment>(core, 'commitments.snooze', { id: created.id, until: '2026-11-24T08:00:00Z' });
    expect(snoozed).toMatchObject({ snoozedUntil: '2026-11-24T08:00:00.000Z', updatedAt: at(11) });
    core.clock.advanceMinutes(60);
    const unsnoozed = await ok<Commitment>(core, 'commitments.snooze', { id: created.id, until: null });
    expect(unsnoozed).toMatchObject({ snoozedUntil: null, updatedAt: at(12) });

    core.clock.advanceMinutes(60);
    const done = await ok<Commitment>(core, 'commitments.complete', { id: created.id, outcome: 'Met the CTO' });
    expect(done).toMatchObject({ status: 'done', completedAt: at(13), updatedAt: at(13) });
    core.clock.advanceMinutes(60);
    const reported = await ok<Commitment>(core, 'commitments.markReported', { id: created.id });
    expect(reported).toMatchObject({ reportedBackAt: at(14), completedAt: at(13), updatedAt: at(14) });

    core.clock.advanceMinutes(60);
    const reopened = await ok<Commitment>(core, 'commitments.reopen', { id: created.id });
    expect(reopened).toMatchObject({ status: 'open', completedAt: null, reportedBackAt: null, outcome: 'Met the CTO', updatedAt: at(15) });

    core.clock.advanceMinutes(60);
    const doneAgain = await ok<Commitment>(core, 'commitments.complete', { id: created.id, outcome: 'Met the CTO twice' });
    expect(doneAgain).toMatchObject({ completedAt: at(16), reportedBackAt: null });
    const board = await ok<FollowUpBoard>(core, 'followups.board', {});
    expect(board.awaitingReportBack.map((c) => c.id)).toEqual([created.id]);

    core.clock.advanceMinutes(60);
    const dropped = await ok<Commitment>(core, 'commitments.drop', { id: created.id, reason: 'They moved on' });
    expect(dropped).toMatchObject({ status: 'dropped', droppedAt: at(17), completedAt: null, updatedAt: at(17) });
    const afterDrop = await ok<FollowUpBoard>(core, 'followups.board', {});
    expect(afterDrop.awaitingReportBack).toEqual([]);
    expect(afterDrop.buckets.dropped.map((c) => c.id)).toEqual([created.id]);
  });

  it('leaves the row untouched when a transition is refused', async () => {
    const c = await ok<Commitment>(core, 'commitments.create', { title: 'x' });
    await ok(core, 'commitments.complete', { id: c.id, outcome: 'done' });
    const before = core.snapshot();
    core.clock.advanceMinutes(60);
    expect(await core.call('commitments.complete', { id: c.id, outcome: 'again' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await core.call('commitments.snooze', { id: c.id, until: '2026-11-24T08:00:00Z' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await core.call('commitments.update', { id: c.id, changes: { dueDate: '2026-13-40' } })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(core.snapshot()).toEqual(before);
  });
});
