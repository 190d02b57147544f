import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../electron/core/followups/dashboard';
import type { AdviceLibraryPage, Commitment, FollowUpBoard, ReportBackDraft } from '../../electron/core/followups/types';
import { planMeeting } from '../helpers/factories/meetings';
import { insertCommitmentRow } from '../helpers/factories/followups';
import { makeGoal, makeMentor } from '../helpers/factories/mentors';
import { insertAdvice } from '../helpers/factories/goals';
import { createTestCore, ok, type TestCore } from '../helpers/store';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore({ clockStart: '2026-11-23T09:00:00.000Z' });
});
afterEach(() => core.dispose());

describe('commitment states', () => {
  it('completes with an outcome, then awaits report-back until marked reported', async () => {
    const mentor = await makeMentor(core, { name: 'Ada Lovelace', email: 'ada@example.com' });
    const c = await ok<Commitment>(core, 'commitments.create', { title: 'Ship the plan', mentorId: mentor.id, dueDate: '2026-11-30' });
    expect(c).toMatchObject({ status: 'open', owner: 'me', completedAt: null });
    core.clock.advanceMinutes(60);
    const done = await ok<Commitment>(core, 'commitments.complete', { id: c.id, outcome: 'The team adopted it' });
    expect(done).toMatchObject({ status: 'done', outcome: 'The team adopted it', completedAt: '2026-11-23T10:00:00.000Z', reportedBackAt: null });
    let board = await ok<FollowUpBoard>(core, 'followups.board', {});
    expect(board.awaitingReportBack.map((x) => x.id)).toEqual([c.id]);
    core.clock.advanceMinutes(60);
    const reported = await ok<Commitment>(core, 'commitments.markReported', { id: c.id });
    expect(reported.reportedBackAt).toBe('2026-11-23T11:00:00.000Z');
    board = await ok<FollowUpBoard>(core, 'followups.board', {});
    expect(board.awaitingReportBack).toEqual([]);
  });

  it('drops with a reason, reopens keeping the outcome text, snoozes only open ones', async () => {
    const c = await ok<Commitment>(core, 'commitments.create', { title: 'Read the book' });
    const dropped = await ok<Commitment>(core, 'commitments.drop', { id: c.id, reason: 'Not relevant any more' });
    expect(dropped).toMatchObject({ status: 'dropped', dropReason: 'Not relevant any more', droppedAt: '2026-11-23T09:00:00.000Z' });
    expect(await core.call('commitments.snooze', { id: c.id, until: '2026-11-24T09:00:00Z' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const reopened = await ok<Commitment>(core, 'commitments.reopen', { id: c.id });
    expect(reopened).toMatchObject({ status: 'open', droppedAt: null, dropReason: 'Not relevant any more' });
    const snoozed = await ok<Commitment>(core, 'commitments.snooze', { id: c.id, until: '2026-11-24T09:00:00+00:00' });
    expect(snoozed.snoozedUntil).toBe('2026-11-24T09:00:00.000Z');
    const moved = await ok<Commitment>(core, 'commitments.update', { id: c.id, changes: { dueDate: '2026-12-24' } });
    expect(moved.dueDate).toBe('2026-12-24');
  });

  it('refuses impossible transitions and bad input without changing anything', async () => {
    const c = await ok<Commitment>(core, 'commitments.create', { title: 'x' });
    const before = core.snapshot();
    expect(await core.call('commitments.markReported', { id: c.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await core.call('commitments.reopen', { id: c.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await core.call('commitments.complete', { id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.call('commitments.create', { title: 'y', mentorId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.call('commitments.create', { title: '' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(await core.call('commitments.create', { title: 'z', owner: 'boss' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(await core.call('followups.board', { timeZone: 'Mars/Olympus' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(core.snapshot()).toEqual(before);
  });

  it('drafts a report-back citing the original advice and the outcome', async () => {
    const mentor = await makeMentor(core, { name: 'Grace Hopper', email: 'grace@example.com' });
    const meeting = await planMeeting(core, mentor.id);
    const advice = await ok<{ id: number }>(core, 'advice.create', { meetingId: meeting.id, text: 'Ask for forgiveness, not permission' });
    const [c] = await ok<Commitment[]>(core, 'advice.toCommitments', { adviceId: advice.id, commitments: [{ title: 'Launch the pilot without waiting' }] });
    await ok(core, 'commitments.complete', { id: c.id, outcome: 'Pilot live in two weeks' });
    const draft = await ok<ReportBackDraft>(core, 'commitments.reportBackDraft', { id: c.id });
    expect(draft.to).toBe('grace@example.com');
    expect(draft.body).toContain('Hi Grace,');
    expect(draft.body).toContain('“Ask for forgiveness, not permission”');
    expect(draft.body).toContain('Pilot live in two weeks');
    expect(draft.mailto).toMatch(/^mailto:grace%40example\.com\?subject=Following%20up/);
    expect(decodeURIComponent(draft.mailto!.split('body=')[1])).toBe(draft.body);
  });
});

describe('the follow-ups board', () => {
  it('buckets open commitments by due date relative to the user’s today', async () => {
    for (const [title, dueDate] of [
      ['late', '2026-11-20'],
      ['today', '2026-11-23'],
      ['this week', '2026-11-28'],
      ['later', '2026-12-15'],
      ['whenever', null],
    ] as const) {
      insertCommitmentRow(core, { title, dueDate });
    }
    insertCommitmentRow(core, { title: 'finished', status: 'done', completedAt: '2026-11-22T10:00:00.000Z', reportedBackAt: '2026-11-22T12:00:00.000Z' });
    insertCommitmentRow(core, { title: 'finished, not told yet', status: 'done', completedAt: '2026-11-22T11:00:00.000Z' });
    const board = await ok<FollowUpBoard>(core, 'followups.board', { timeZone: 'UTC' });
    const titles = (bucket: keyof FollowUpBoard['buckets']) => board.buckets[bucket].map((c) => c.title);
    expect([titles('overdue'), titles('dueToday'), titles('dueThisWeek'), titles('later'), titles('noDate'), titles('done')]).toEqual([
      ['late'],
      ['today'],
      ['this week'],
      ['later'],
      ['whenever'],
      ['finished'],
    ]);
    // Done but not reported back is listed once, where it asks for the report-back.
    expect(board.awaitingReportBack.map((c) => c.title)).toEqual(['finished, not told yet']);
    expect(board.totals.done).toBe(1);
  });

  it('moves a commitment from "today" to "overdue" across the day boundary, in the user’s time zone', async () => {
    insertCommitmentRow(core, { title: 'call back', dueDate: '2026-11-23' });
    core.clock.set('2026-11-23T22:30:00.000Z');
    const inLondon = await ok<FollowUpBoard>(core, 'followups.board', { timeZone: 'Europe/London' });
    expect(inLondon.buckets.dueToday.map((c) => c.title)).toEqual(['call back']);
    const inTokyo = await ok<FollowUpBoard>(core, 'followups.board', { timeZone: 'Asia/Tokyo' });
    expect(inTokyo.today).toBe('2026-11-24');
    expect(inTokyo.buckets.overdue.map((c) => c.title)).toEqual(['call back']);
    const inHonolulu = await ok<FollowUpBoard>(core, 'followups.board', { timeZone: 'Pacific/Honolulu' });
    expect(inHonolulu.buckets.dueToday.map((c) => c.title)).toEqual(['call back']);
    core.clock.set('2026-11-24T00:30:00.000Z');
    const londonAfterMidnight = await ok<FollowUpBoard>(core, 'followups.board', { timeZone: 'Europe/London' });
    expect(londonAfterMidnight.buckets.overdue.map((c) => c.title)).toEqual(['call back']);
  });

  it('filters by mentor and goal', async () => {
    const a = await makeMentor(core);
    const b = await makeMentor(core);
    const g = await makeGoal(core);
    insertCommitmentRow(core, { title: 'for a', mentorId: a.id });
    insertCommitmentRow(core, { title: 'for b with goal', mentorId: b.id, goalId: g.id });
    const byMentor = await ok<FollowUpBoard>(core, 'followups.board', { mentorId: a.id });
    expect(byMentor.buckets.noDate.map((c) => c.title)).toEqual(['for a']);
    const byGoal = await ok<FollowUpBoard>(core, 'followups.board', { goalId: g.id });
    expect(byGoal.buckets.noDate.map((c) => c.title)).toEqual(['for b with goal']);
  });
});

describe('the advice library', () => {
  it('lists advice across mentors with verdicts and the commitments it led to', async () => {
    const a = await makeMentor(core, { name: 'Ada' });
    const b = await makeMentor(core, { name: 'Bob' });
    const goal = await makeGoal(core, { title: 'Public speaking' });
    const m1 = await planMeeting(core, a.id);
    const m2 = await planMeeting(core, b.id);
    const adv1 = await ok<{ id: number }>(core, 'advice.create', { meetingId: m1.id, text: 'Join Toastmasters', goalId: goal.id });
    await ok(core, 'advice.create', { meetingId: m2.id, text: 'Record yourself', goalId: goal.id });
    await ok(core, 'advice.toCommitments', { adviceId: adv1.id, commitments: [{ title: 'Sign up' }] });
    await ok(core, 'advice.setVerdict', { id: adv1.id, verdict: 'adopted' });
    const library = await ok<AdviceLibraryPage>(core, 'advice.library', { goalId: goal.id });
    expect(library.more).toBe(false);
    expect(library.entries.map((e) => [e.mentorName, e.text, e.verdict, e.commitments.map((c) => c.title)]).sort()).toEqual([
      ['Ada', 'Join Toastmasters', 'adopted', ['Sign up']],
      ['Bob', 'Record yourself', null, []],
    ]);
    expect(await core.call('advice.setVerdict', { id: adv1.id, verdict: 'meh' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
  });
});

describe('the advice library, a page at a time', () => {
  it('pages newest first through advice given at the same moment without repeating or skipping any, with and without a goal filter', async () => {
    const mentor = await makeMentor(core, { name: 'Ada' });
    const goal = await makeGoal(core, { title: 'Public speaking' });
    // 40 pieces share one moment (a page boundary falls among them), 20 come later, one a minute apart each.
    const ids = Array.from({ length: 60 }, (_, i) => insertAdvice(core, { mentorId: mentor.id, goalId: i % 2 ? goal.id : null, text: `Advice ${i}` }));
    const later = core.store.sqlite.prepare('UPDATE advice SET created_at = ? WHERE id = ?');
    ids.slice(40).forEach((id, i) => later.run(`2026-02-01T00:${String(i).padStart(2, '0')}:00.000Z`, id));
    const newestFirst = [...ids.slice(40)].reverse().concat([...ids.slice(0, 40)].reverse());
    const pages = async (filter: { goalId?: number }) => {
      const seen: number[] = [];
      const more: boolean[] = [];
      let before: number | undefined;
      do {
        const page = await ok<AdviceLibraryPage>(core, 'advice.library', { ...filter, before, limit: 25 });
        seen.push(...page.entries.map((e) => e.id));
        more.push(page.more);
        before = page.more ? page.entries.at(-1)!.id : undefined;
      } while (before !== undefined);
      return { seen, more };
    };
    expect(await pages({})).toEqual({ seen: newestFirst, more: [true, true, false] });
    const onGoal = newestFirst.filter((id) => ids.indexOf(id) % 2 === 1);
    expect(await pages({ goalId: goal.id })).toEqual({ seen: onGoal, more: [true, false] });
  });
});

describe('the dashboard', () => {
  it('is empty and says so for a new user', async () => {
    const d = await ok<Dashboard>(core, 'dashboard.today', { timeZone: 'UTC' });
    expect(d).toMatchObject({ isNewUser: true, dueToday: [], overdue: [], upcomingMeetings: [], awaitingReportBack: [] });
    expect(d.thisMonth.followThroughRate).toBeNull();
  });

  it('shows due today, overdue (snoozed too, as on the board), next-7-day meetings with prep status, and awaiting report-back', async () => {
    const mentor = await makeMentor(core, { name: 'Ada' });
    insertCommitmentRow(core, { title: 'today', dueDate: '2026-11-23', mentorId: mentor.id });
    insertCommitmentRow(core, { title: 'late', dueDate: '2026-11-01' });
    const snoozed = insertCommitmentRow(core, { title: 'snoozed', dueDate: '2026-11-02' });
    core.store.sqlite.prepare("UPDATE commitments SET snoozed_until = '2026-11-24T09:00:00.000Z' WHERE id = ?").run(snoozed);
    insertCommitmentRow(core, { title: 'told?', status: 'done', completedAt: '2026-11-20T09:00:00.000Z' });
    const soon = await planMeeting(core, mentor.id, { scheduledAt: '2026-11-25T10:00:00Z' });
    await planMeeting(core, mentor.id, { scheduledAt: '2026-12-25T10:00:00Z' });
    const d = await ok<Dashboard>(core, 'dashboard.today', { timeZone: 'UTC' });
    expect(d.isNewUser).toBe(false);
    expect(d.dueToday.map((c) => c.title)).toEqual(['today']);
    expect(d.overdue.map((c) => c.title)).toEqual(['late', 'snoozed']);
    expect(d.upcomingMeetings).toEqual([expect.objectContaining({ id: soon.id, mentorName: 'Ada', prepared: false })]);
    expect(d.awaitingReportBack.map((c) => c.title)).toEqual(['told?']);
    expect(d.thisMonth).toMatchObject({ done: 1, overdue: 2 });
  });
});
