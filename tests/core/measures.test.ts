import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RatesReport } from '../../electron/core/followups/types';
import { monthsEndingAt } from '../../electron/core/zoned-time';
import { toRates } from '../../electron/core/followups/measures';
import { insertCommitmentRow } from '../helpers/factories/followups';
import { makeGoal, makeMentor } from '../helpers/factories/mentors';
import { createTestCore, ok, type TestCore } from '../helpers/store';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore({ clockStart: '2026-11-23T09:00:00.000Z' });
});
afterEach(() => core.dispose());

describe('measures', () => {
  it('gives "no data" (null), never 0, for a period with nothing in it', async () => {
    const report = await ok<RatesReport>(core, 'measures.report', { timeZone: 'UTC' });
    expect(report.overall).toEqual({ done: 0, dropped: 0, overdue: 0, reported: 0, followThroughRate: null, loopClosureRate: null });
    expect(report.trend).toHaveLength(12);
    expect(report.trend.every((m) => m.followThroughRate === null)).toBe(true);
    expect(report.definitions.followThroughRate).toMatch(/done ÷ \(done \+ dropped \+ overdue\)/);
  });

  it('computes follow-through and loop closure on a hand-computed fixture', async () => {
    const ada = await makeMentor(core, { name: 'Ada' });
    const bob = await makeMentor(core, { name: 'Bob' });
    const goal = await makeGoal(core, { title: 'Lead' });
    // November 2026, as of the 23rd:
    insertCommitmentRow(core, { status: 'done', completedAt: '2026-11-02T10:00:00.000Z', reportedBackAt: '2026-11-03T10:00:00.000Z', mentorId: ada.id, goalId: goal.id });
    insertCommitmentRow(core, { status: 'done', completedAt: '2026-11-10T10:00:00.000Z', mentorId: ada.id });
    insertCommitmentRow(core, { status: 'done', completedAt: '2026-11-15T10:00:00.000Z', mentorId: bob.id, goalId: goal.id });
    insertCommitmentRow(core, { status: 'dropped', droppedAt: '2026-11-12T10:00:00.000Z', mentorId: bob.id });
    insertCommitmentRow(core, { status: 'open', dueDate: '2026-11-20', mentorId: bob.id, goalId: goal.id }); // overdue
    insertCommitmentRow(core, { status: 'open', dueDate: '2026-11-25', mentorId: ada.id }); // not yet due: not counted
    insertCommitmentRow(core, { status: 'open', dueDate: '2026-11-23', mentorId: ada.id }); // due today: not overdue yet
    // October: one done, reported.
    insertCommitmentRow(core, { status: 'done', completedAt: '2026-10-05T10:00:00.000Z', reportedBackAt: '2026-10-06T10:00:00.000Z' });

    const report = await ok<RatesReport>(core, 'measures.report', { timeZone: 'UTC' });
    expect(report.from).toBe('2026-11-01');
    expect(report.overall).toMatchObject({ done: 3, dropped: 1, overdue: 1, reported: 1 });
    expect(report.overall.followThroughRate).toBeCloseTo(3 / 5);
    expect(report.overall.loopClosureRate).toBeCloseTo(1 / 3);
    expect(report.byMentor.map((m) => [m.name, m.done, m.dropped, m.overdue])).toEqual([
      ['Ada', 2, 0, 0],
      ['Bob', 1, 1, 1],
    ]);
    expect(report.byMentor[1].followThroughRate).toBeCloseTo(1 / 3);
    expect(report.byGoal).toEqual([expect.objectContaining({ title: 'Lead', done: 2, overdue: 1 })]);
    const october = report.trend.find((m) => m.month === '2026-10')!;
    expect(october).toMatchObject({ done: 1, followThroughRate: 1, loopClosureRate: 1 });
    expect(report.trend.at(-1)).toMatchObject({ month: '2026-11', done: 3 });
  });

  it('counts a completion on the user’s calendar day, not UTC’s', async () => {
    insertCommitmentRow(core, { status: 'done', completedAt: '2026-10-31T23:30:00.000Z' });
    const utc = await ok<RatesReport>(core, 'measures.report', { timeZone: 'UTC' });
    expect(utc.overall.done).toBe(0);
    const berlin = await ok<RatesReport>(core, 'measures.report', { timeZone: 'Europe/Berlin' });
    expect(berlin.overall.done).toBe(1);
  });

  it('puts each completion in its month of the user’s calendar across daylight-saving changes (the trend)', async () => {
    insertCommitmentRow(core, { status: 'done', completedAt: '2026-03-31T22:30:00.000Z' }); // 00:30 on 1 April in Berlin (summer time)
    insertCommitmentRow(core, { status: 'done', completedAt: '2026-03-31T21:30:00.000Z' }); // 23:30 on 31 March in Berlin
    insertCommitmentRow(core, { status: 'dropped', droppedAt: '2026-10-31T23:30:00.000Z' }); // 00:30 on 1 November (winter time)
    insertCommitmentRow(core, { status: 'open', dueDate: '2026-10-31' }); // overdue, on its due day
    const berlin = await ok<RatesReport>(core, 'measures.report', { timeZone: 'Europe/Berlin' });
    const month = (m: string) => berlin.trend.find((t) => t.month === m)!;
    expect([month('2026-03').done, month('2026-04').done, month('2026-10').dropped, month('2026-11').dropped, month('2026-10').overdue]).toEqual([1, 1, 0, 1, 1]);
    expect(berlin.overall).toMatchObject({ dropped: 1, overdue: 0 });
    const utc = await ok<RatesReport>(core, 'measures.report', { timeZone: 'UTC' });
    expect([utc.trend.find((t) => t.month === '2026-03')!.done, utc.trend.find((t) => t.month === '2026-10')!.dropped]).toEqual([2, 1]);
  });

  it('takes a custom period', async () => {
    insertCommitmentRow(core, { status: 'dropped', droppedAt: '2026-06-10T10:00:00.000Z' });
    const report = await ok<RatesReport>(core, 'measures.report', { from: '2026-06-01', to: '2026-06-30', timeZone: 'UTC' });
    expect(report.overall).toMatchObject({ dropped: 1, followThroughRate: 0, loopClosureRate: null });
  });

  it('defines the rates by their formulas', () => {
    expect(toRates({ done: 2, dropped: 1, overdue: 1, reported: 1 })).toMatchObject({ followThroughRate: 0.5, loopClosureRate: 0.5 });
    expect(monthsEndingAt('2026-02-15', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });
});
