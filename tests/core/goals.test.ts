import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Coverage, GoalDeletionImpact, GoalDetail, GoalListItem } from '../../electron/core/goals/types';
import { insertAdvice, insertAgendaItem, makeGoal } from '../helpers/factories/goals';
import { insertCommitment, makeMentor } from '../helpers/factories/mentors';
import { createTestCore, ok, type TestCore } from '../helpers/store';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore({ clockStart: '2026-11-23T09:00:00.000Z' });
});
afterEach(() => core.dispose());

describe('goals', () => {
  it('lists active goals first, by target date, and marks overdue targets', async () => {
    await makeGoal(core, { title: 'Later', targetDate: '2027-06-01' });
    await makeGoal(core, { title: 'Past due', targetDate: '2026-10-01' });
    await makeGoal(core, { title: 'No date' });
    const done = await makeGoal(core, { title: 'Done already', targetDate: '2026-01-01' });
    await ok(core, 'goals.setStatus', { id: done.id, status: 'achieved' });
    const list = await ok<GoalListItem[]>(core, 'goals.list');
    expect(list.map((g) => [g.title, g.overdue])).toEqual([
      ['Past due', true],
      ['Later', false],
      ['No date', false],
      ['Done already', false],
    ]);
    const open = await ok<GoalListItem[]>(core, 'goals.list', { includeClosed: false });
    expect(open.map((g) => g.title)).not.toContain('Done already');
  });

  it('records when a goal was achieved and clears it when reopened', async () => {
    const goal = await makeGoal(core);
    const achieved = await ok<{ achievedAt: string | null }>(core, 'goals.setStatus', { id: goal.id, status: 'achieved' });
    expect(achieved.achievedAt).toBe('2026-11-23T09:00:00.000Z');
    const reopened = await ok<{ achievedAt: string | null; status: string }>(core, 'goals.setStatus', { id: goal.id, status: 'active' });
    expect(reopened).toMatchObject({ status: 'active', achievedAt: null });
  });

  it('shows "no commitments yet" as a null ratio, never a fake 0%', async () => {
    const goal = await makeGoal(core);
    const detail = await ok<GoalDetail>(core, 'goals.get', { id: goal.id });
    expect(detail.progress).toEqual({ goalId: goal.id, done: 0, total: 0, ratio: null });
  });

  it('measures progress as done over commitments not dropped', async () => {
    const goal = await makeGoal(core);
    insertCommitment(core, { goalId: goal.id, status: 'done' });
    insertCommitment(core, { goalId: goal.id, status: 'open' });
    insertCommitment(core, { goalId: goal.id, status: 'open' });
    insertCommitment(core, { goalId: goal.id, status: 'dropped' });
    const detail = await ok<GoalDetail>(core, 'goals.get', { id: goal.id });
    expect(detail.progress).toMatchObject({ done: 1, total: 3 });
    expect(detail.progress.ratio).toBeCloseTo(1 / 3);
    const other = await makeGoal(core, { title: 'Nothing yet' });
    const list = await ok<GoalListItem[]>(core, 'goals.list', { timeZone: 'UTC' });
    expect(list.find((g) => g.id === goal.id)!.progress).toEqual(detail.progress);
    expect(list.find((g) => g.id === other.id)!.progress).toEqual({ goalId: other.id, done: 0, total: 0, ratio: null });
  });

  it('links mentors with what they can do for the goal, from either side, and unlinks', async () => {
    const goal = await makeGoal(core, { title: 'Become VP' });
    const mentor = await makeMentor(core, { name: 'Priya' });
    await ok(core, 'goals.link', { goalId: goal.id, mentorId: mentor.id, canHelpWith: 'Sponsor me in the promo committee' });
    await ok(core, 'goals.link', { goalId: goal.id, mentorId: mentor.id, canHelpWith: 'Sponsor me, and review my packet' });
    const detail = await ok<GoalDetail>(core, 'goals.get', { id: goal.id });
    expect(detail.mentors).toEqual([{ mentorId: mentor.id, name: 'Priya', archived: false, canHelpWith: 'Sponsor me, and review my packet' }]);
    const mentorSide = await ok<{ goals: { title: string; canHelpWith: string }[] }>(core, 'mentors.get', { id: mentor.id });
    expect(mentorSide.goals).toEqual([expect.objectContaining({ title: 'Become VP' })]);
    await ok(core, 'goals.unlink', { goalId: goal.id, mentorId: mentor.id });
    expect((await ok<GoalDetail>(core, 'goals.get', { id: goal.id })).mentors).toEqual([]);
    const again = await core.call('goals.unlink', { goalId: goal.id, mentorId: mentor.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('tells what deleting a goal touches, then deletes its links and keeps commitments, advice and agenda items with the goal cleared', async () => {
    const goal = await makeGoal(core);
    const other = await makeGoal(core);
    const mentor = await makeMentor(core);
    await ok(core, 'goals.link', { goalId: goal.id, mentorId: mentor.id });
    await ok(core, 'goals.link', { goalId: other.id, mentorId: mentor.id });
    const commitmentId = insertCommitment(core, { goalId: goal.id, mentorId: mentor.id });
    const adviceId = insertAdvice(core, { goalId: goal.id, mentorId: mentor.id });
    const agendaItemId = insertAgendaItem(core, { goalId: goal.id, mentorId: mentor.id });
    const impact = await ok<GoalDeletionImpact>(core, 'goals.deletionImpact', { id: goal.id });
    expect(impact).toEqual({ goalId: goal.id, title: goal.title, mentorLinks: 1, commitments: 1, advice: 1, agendaItems: 1 });
    expect(await ok<GoalDeletionImpact>(core, 'goals.delete', { id: goal.id })).toEqual(impact);
    const goalOf = (table: string, id: number) => core.store.sqlite.prepare(`SELECT goal_id FROM ${table} WHERE id = ?`).get(id);
    expect(goalOf('commitments', commitmentId)).toEqual({ goal_id: null });
    expect(goalOf('advice', adviceId)).toEqual({ goal_id: null });
    expect(goalOf('agenda_items', agendaItemId)).toEqual({ goal_id: null });
    const tables = core.snapshot();
    expect(tables.goal_mentors).toEqual([expect.objectContaining({ goal_id: other.id })]);
    expect(tables.mentors).toHaveLength(1);
  });

  it('edits only the fields sent, and clears a target date when asked', async () => {
    const goal = await makeGoal(core, { title: 'Ship the platform', why: 'Credibility', targetDate: '2027-03-01' });
    core.clock.advanceDays(2);
    const edited = await ok<GoalDetail['goal']>(core, 'goals.update', { id: goal.id, changes: { title: '  Ship platform v2 ' } });
    expect(edited).toMatchObject({ title: 'Ship platform v2', why: 'Credibility', targetDate: '2027-03-01', updatedAt: '2026-11-25T09:00:00.000Z' });
    const cleared = await ok<GoalDetail['goal']>(core, 'goals.update', { id: goal.id, changes: { targetDate: null } });
    expect(cleared.targetDate).toBeNull();
  });

  it('rejects bad goal input and unknown ids, changing nothing', async () => {
    const before = core.snapshot();
    for (const input of [{ title: '' }, { title: 'X', targetDate: '2026-02-30' }, { title: 'X', status: 'done' }]) {
      const result = await core.call('goals.create', input);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    }
    expect(await core.call('goals.setStatus', { id: 42, status: 'won' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(await core.call('goals.link', { goalId: 42, mentorId: 43 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(core.snapshot()).toEqual(before);
    const goal = await makeGoal(core);
    const afterCreate = core.snapshot();
    for (const [name, payload, code] of [
      ['goals.update', { id: goal.id, changes: { title: '  ' } }, 'INVALID'],
      ['goals.update', { id: goal.id, changes: { priority: 'high' } }, 'INVALID'],
      ['goals.update', { id: 999, changes: { title: 'X' } }, 'NOT_FOUND'],
      ['goals.get', { id: 999 }, 'NOT_FOUND'],
      ['goals.setStatus', { id: 999, status: 'paused' }, 'NOT_FOUND'],
      ['goals.delete', { id: 999 }, 'NOT_FOUND'],
      ['goals.deletionImpact', { id: -1 }, 'INVALID'],
      ['goals.link', { goalId: goal.id, mentorId: 999 }, 'NOT_FOUND'],
      ['goals.link', { goalId: goal.id, mentorId: '1' }, 'INVALID'],
    ] as const) {
      expect(await core.call(name, payload), name).toMatchObject({ ok: false, error: { code } });
    }
    expect(core.snapshot()).toEqual(afterCreate);
  });

  it('shows coverage: goals with no mentor and who carries most goals', async () => {
    const alone = await makeGoal(core, { title: 'Write a book' });
    const g1 = await makeGoal(core, { title: 'Board seat' });
    const g2 = await makeGoal(core, { title: 'Public speaking' });
    const busy = await makeMentor(core, { name: 'Busy Bea' });
    const light = await makeMentor(core, { name: 'Light Leo' });
    await ok(core, 'goals.link', { goalId: g1.id, mentorId: busy.id });
    await ok(core, 'goals.link', { goalId: g2.id, mentorId: busy.id });
    await ok(core, 'goals.link', { goalId: g2.id, mentorId: light.id });
    const cov = await ok<Coverage>(core, 'goals.coverage');
    expect(cov.goalsWithoutMentor).toEqual([{ id: alone.id, title: 'Write a book' }]);
    expect(cov.mentorLoad.map((m) => [m.name, m.goalCount])).toEqual([
      ['Busy Bea', 2],
      ['Light Leo', 1],
    ]);
  });
});
