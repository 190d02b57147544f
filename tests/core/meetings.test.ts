import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { summarizeAgenda } from '../../electron/core/meetings/agenda-summary';
import type { AgendaItem, Commitment, MeetingDetail, MeetingListItem, MeetingSuggestion, PrepBrief } from '../../electron/core/meetings/types';
import { addAgendaItem, addBacklogItem, planMeeting } from '../helpers/factories/meetings';
import { insertMeeting, makeGoal, makeMentor } from '../helpers/factories/mentors';
import { createTestCore, ok, type TestCore } from '../helpers/store';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore({ clockStart: '2026-11-23T09:00:00.000Z' });
});
afterEach(() => core.dispose());

describe('scheduling', () => {
  it('plans, reschedules and cancels a meeting', async () => {
    const mentor = await makeMentor(core);
    const meeting = await planMeeting(core, mentor.id, { scheduledAt: '2026-11-30T11:00:00+01:00', location: 'Zoom' });
    expect(meeting).toMatchObject({ status: 'planned', scheduledAt: '2026-11-30T10:00:00.000Z', durationMinutes: 30, location: 'Zoom' });
    const moved = await ok<{ scheduledAt: string }>(core, 'meetings.update', { id: meeting.id, changes: { scheduledAt: '2026-12-01T10:00:00Z' } });
    expect(moved.scheduledAt).toBe('2026-12-01T10:00:00.000Z');
    const cancelled = await ok<{ status: string; cancelledAt: string }>(core, 'meetings.cancel', { id: meeting.id });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledAt: '2026-11-23T09:00:00.000Z' });
  });

  it('suggests the next date from the mentor’s cadence and last contact', async () => {
    const mentor = await makeMentor(core, { keepInTouchCadenceDays: 21 });
    const never = await ok<MeetingSuggestion>(core, 'meetings.suggest', { mentorId: mentor.id, timeZone: 'UTC' });
    expect(never.scheduledAt).toBe('2026-11-25T10:00:00.000Z');
    insertMeeting(core, mentor.id, '2026-11-20T15:00:00.000Z', 'held');
    const next = await ok<MeetingSuggestion>(core, 'meetings.suggest', { mentorId: mentor.id, timeZone: 'UTC' });
    expect(next.scheduledAt).toBe('2026-12-11T10:00:00.000Z');
    core.clock.set('2027-01-05T09:00:00.000Z');
    const overdue = await ok<MeetingSuggestion>(core, 'meetings.suggest', { mentorId: mentor.id, timeZone: 'UTC' });
    expect(overdue.scheduledAt).toBe('2027-01-06T10:00:00.000Z');
  });

  it('seeds the agenda from a template', async () => {
    const mentor = await makeMentor(core);
    const meeting = await planMeeting(core, mentor.id, { templateKey: 'builtin:first-meeting' });
    const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: meeting.id });
    expect(detail.agenda.map((a) => a.text)[0]).toMatch(/Who I am/);
    expect(detail.summary.totalMinutes).toBe(30);
  });

  it('lists upcoming meetings soonest first with their agenda size, and past ones latest first', async () => {
    const mentor = await makeMentor(core, { name: 'Ada' });
    const later = await planMeeting(core, mentor.id, { scheduledAt: '2026-12-10T10:00:00Z' });
    const sooner = await planMeeting(core, mentor.id, { scheduledAt: '2026-11-25T10:00:00Z' });
    insertMeeting(core, mentor.id, '2026-10-01T10:00:00.000Z', 'held');
    await addAgendaItem(core, later.id, 'Promo packet');
    const upcoming = await ok<MeetingListItem[]>(core, 'meetings.list', { scope: 'upcoming' });
    expect(upcoming.map((m) => [m.id, m.agendaCount, m.mentorName])).toEqual([
      [sooner.id, 0, 'Ada'],
      [later.id, 1, 'Ada'],
    ]);
    const past = await ok<MeetingListItem[]>(core, 'meetings.list', { scope: 'past' });
    expect(past).toHaveLength(1);
  });
});

describe('the agenda', () => {
  it('pulls items from the mentor’s backlog, in order, and reorders by keyboard and by drag', async () => {
    const mentor = await makeMentor(core);
    const meeting = await planMeeting(core, mentor.id);
    const a = await addBacklogItem(core, mentor.id, 'A');
    const b = await addBacklogItem(core, mentor.id, 'B');
    const c = await addBacklogItem(core, mentor.id, 'C');
    await ok(core, 'agenda.pull', { meetingId: meeting.id, itemIds: [c.id, a.id] });
    const agenda = async () => (await ok<MeetingDetail>(core, 'meetings.get', { id: meeting.id })).agenda.map((i) => i.text);
    expect(await agenda()).toEqual(['C', 'A']);
    expect((await ok<AgendaItem[]>(core, 'backlog.list', { mentorId: mentor.id })).map((i) => i.text)).toEqual(['B']);
    await ok(core, 'agenda.move', { id: a.id, direction: 'up' });
    expect(await agenda()).toEqual(['A', 'C']);
    await ok(core, 'agenda.pull', { meetingId: meeting.id, itemIds: [b.id] });
    await ok(core, 'agenda.reorder', { orderedIds: [b.id, c.id, a.id] });
    expect(await agenda()).toEqual(['B', 'C', 'A']);
  });

  it('refuses to pull another mentor’s item or to mix lists in one reorder, changing nothing', async () => {
    const mine = await makeMentor(core);
    const other = await makeMentor(core);
    const meeting = await planMeeting(core, mine.id);
    const theirs = await addBacklogItem(core, other.id, 'Not yours');
    const ours = await addAgendaItem(core, meeting.id, 'Ours');
    const before = core.snapshot();
    expect(await core.call('agenda.pull', { meetingId: meeting.id, itemIds: [theirs.id] })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(await core.call('agenda.reorder', { orderedIds: [ours.id, theirs.id] })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(core.snapshot()).toEqual(before);
  });

  it('totals minutes against the meeting length and suggests low-priority items to leave when it runs over', async () => {
    const mentor = await makeMentor(core);
    const meeting = await planMeeting(core, mentor.id, { durationMinutes: 30 });
    await addAgendaItem(core, meeting.id, 'Must discuss', { minutes: 15, priority: 'high' });
    await addAgendaItem(core, meeting.id, 'Nice to have', { minutes: 10, priority: 'low' });
    await addAgendaItem(core, meeting.id, 'Normal point', { minutes: 10 });
    const { summary } = await ok<MeetingDetail>(core, 'meetings.get', { id: meeting.id });
    expect(summary).toMatchObject({ totalMinutes: 35, durationMinutes: 30, overrunMinutes: 5 });
    expect(summary.suggestedToLeave.map((s) => s.text)).toEqual(['Nice to have']);
  });

  it('never suggests leaving high-priority items, and suggests enough to fit', () => {
    const summary = summarizeAgenda(
      [
        { id: 1, text: 'h', minutes: 20, priority: 'high', status: 'open' },
        { id: 2, text: 'n1', minutes: 10, priority: 'normal', status: 'open' },
        { id: 3, text: 'l', minutes: 5, priority: 'low', status: 'open' },
        { id: 4, text: 'n2', minutes: 10, priority: 'normal', status: 'open' },
      ],
      25,
    );
    expect(summary.overrunMinutes).toBe(20);
    expect(summary.suggestedToLeave.map((s) => s.id)).toEqual([3, 4, 2]);
  });
});

describe('holding a meeting', () => {
  it('carries unreached agenda items back to the backlog when the meeting is held', async () => {
    const mentor = await makeMentor(core);
    const meeting = await planMeeting(core, mentor.id);
    const done = await addAgendaItem(core, meeting.id, 'Discussed');
    await addAgendaItem(core, meeting.id, 'Not reached');
    await ok(core, 'agenda.update', { id: done.id, changes: { status: 'discussed' } });
    const result = await ok<{ carriedOver: number; meeting: { status: string; heldAt: string } }>(core, 'meetings.markHeld', { id: meeting.id });
    expect(result.carriedOver).toBe(1);
    expect(result.meeting).toMatchObject({ status: 'held', heldAt: '2026-11-23T09:00:00.000Z' });
    const back = await ok<AgendaItem[]>(core, 'backlog.list', { mentorId: mentor.id });
    expect(back.map((i) => [i.text, i.status])).toEqual([['Not reached', 'open']]);
    // It says which meeting it came from, and still does (as none) once that meeting is deleted.
    expect(back[0]).toMatchObject({ carriedFromMeetingId: meeting.id, carriedFromMeetingAt: meeting.scheduledAt });
    const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: meeting.id });
    expect(detail.agenda.map((i) => i.text)).toEqual(['Discussed']);
    await ok(core, 'meetings.delete', { id: meeting.id });
    // ... and the link itself is cleared, so a meeting made later under the same number is not named instead.
    expect((await ok<AgendaItem[]>(core, 'backlog.list', { mentorId: mentor.id })).find((i) => i.text === 'Not reached')).toMatchObject({ carriedFromMeetingId: null, carriedFromMeetingAt: null });
  });

  it('creates only the next occurrence of a repeating meeting, once', async () => {
    const mentor = await makeMentor(core);
    const meeting = await planMeeting(core, mentor.id, { repeatEveryDays: 14, scheduledAt: '2026-11-20T10:00:00Z' });
    const first = await ok<{ nextMeetingId: number }>(core, 'meetings.markHeld', { id: meeting.id });
    expect(first.nextMeetingId).not.toBeNull();
    const again = await ok<{ nextMeetingId: number | null }>(core, 'meetings.markHeld', { id: meeting.id });
    expect(again.nextMeetingId).toBeNull();
    const planned = await ok<MeetingListItem[]>(core, 'meetings.list', { scope: 'upcoming', mentorId: mentor.id });
    expect(planned.map((m) => m.scheduledAt)).toEqual(['2026-12-04T10:00:00.000Z']);
  });

  it('returns agenda items to the backlog when a meeting is deleted', async () => {
    const mentor = await makeMentor(core);
    const meeting = await planMeeting(core, mentor.id);
    await addAgendaItem(core, meeting.id, 'Keep me');
    await ok(core, 'meetings.delete', { id: meeting.id });
    expect((await ok<AgendaItem[]>(core, 'backlog.list', { mentorId: mentor.id })).map((i) => i.text)).toEqual(['Keep me']);
  });
});

describe('advice and commitments', () => {
  it('turns a piece of advice into commitments in one step, linked both ways', async () => {
    const mentor = await makeMentor(core);
    const goal = await makeGoal(core);
    const meeting = await planMeeting(core, mentor.id);
    const advice = await ok<{ id: number }>(core, 'advice.create', { meetingId: meeting.id, text: 'Write a one-page strategy', goalId: goal.id });
    const made = await ok<Commitment[]>(core, 'advice.toCommitments', {
      adviceId: advice.id,
      commitments: [{ title: 'Draft the page', dueDate: '2026-12-01' }, { title: 'Share with my manager' }],
    });
    expect(made.map((c) => [c.adviceId, c.meetingId, c.mentorId, c.goalId, c.status])).toEqual([
      [advice.id, meeting.id, mentor.id, goal.id, 'open'],
      [advice.id, meeting.id, mentor.id, goal.id, 'open'],
    ]);
    const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: meeting.id });
    expect(detail.advice[0].commitments.map((c) => c.title)).toEqual(['Draft the page', 'Share with my manager']);
  });

  it('rejects an empty commitment list and unknown advice, changing nothing', async () => {
    const before = core.snapshot();
    expect(await core.call('advice.toCommitments', { adviceId: 1, commitments: [] })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(await core.call('advice.toCommitments', { adviceId: 77, commitments: [{ title: 'x' }] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.call('meetings.schedule', { mentorId: 1, scheduledAt: 'next tuesday' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(await core.call('agenda.add', { meetingId: 1, text: 'x', minutes: 0 })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(core.snapshot()).toEqual(before);
  });
});

describe('the prep brief', () => {
  it('recaps the last meeting, lists commitments since and what awaits report-back, goals with progress, and the agenda', async () => {
    const mentor = await makeMentor(core, { name: 'Ada', agreementFocus: 'Leadership' });
    const goal = await makeGoal(core, { title: 'Become VP' });
    await ok(core, 'goals.link', { goalId: goal.id, mentorId: mentor.id, canHelpWith: 'Sponsorship' });
    const last = await planMeeting(core, mentor.id, { scheduledAt: '2026-11-01T10:00:00Z' });
    await ok(core, 'meetings.saveNotes', { id: last.id, notes: '# Talked about\n- the promo packet' });
    const advice = await ok<{ id: number }>(core, 'advice.create', { meetingId: last.id, text: 'Find a sponsor' });
    const [c1, c2] = await ok<Commitment[]>(core, 'advice.toCommitments', {
      adviceId: advice.id,
      commitments: [{ title: 'Ask Bob to sponsor', goalId: goal.id }, { title: 'List my wins' }],
    });
    await ok(core, 'meetings.markHeld', { id: last.id });
    const stamp = '2026-11-10T10:00:00.000Z';
    core.store.sqlite.prepare("UPDATE commitments SET status = 'done', outcome = 'Bob said yes', completed_at = ? WHERE id = ?").run(stamp, c1.id);
    const next = await planMeeting(core, mentor.id, { scheduledAt: '2026-12-01T10:00:00Z' });
    await addAgendaItem(core, next.id, 'Report on the sponsor', { kind: 'update', minutes: 10 });

    const brief = await ok<PrepBrief>(core, 'prep.brief', { meetingId: next.id });
    expect(brief.mentor).toMatchObject({ name: 'Ada', agreementFocus: 'Leadership' });
    expect(brief.lastMeeting).toMatchObject({ id: last.id, notes: expect.stringContaining('promo packet'), advice: [{ text: 'Find a sponsor' }] });
    expect(brief.commitmentsSinceLast.map((c) => [c.title, c.status])).toEqual([
      ['Ask Bob to sponsor', 'done'],
      ['List my wins', 'open'],
    ]);
    expect(brief.awaitingReportBack).toEqual([{ id: c1.id, title: 'Ask Bob to sponsor', outcome: 'Bob said yes', completedAt: stamp }]);
    expect(brief.goals).toEqual([{ id: goal.id, title: 'Become VP', canHelpWith: 'Sponsorship', progress: { goalId: goal.id, done: 1, total: 1, ratio: 1 } }]);
    expect(brief.agenda.map((a) => a.text)).toEqual(['Report on the sponsor']);
    expect(brief.summary.totalMinutes).toBe(10);
    expect(c2.status).toBe('open');
  });

  it('lists the first 25 of each kind and says how many there are in all', async () => {
    const mentor = await makeMentor(core);
    const last = insertMeeting(core, mentor.id, '2026-11-01T10:00:00.000Z', 'held');
    const next = await planMeeting(core, mentor.id, { scheduledAt: '2026-12-01T10:00:00Z' });
    const add = core.store.sqlite.prepare(
      "INSERT INTO commitments (mentor_id, meeting_id, title, status, completed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '2026-11-02T10:00:00.000Z', '2026-11-02T10:00:00.000Z')",
    );
    for (let i = 1; i <= 30; i++) add.run(mentor.id, last, `done ${i}`, 'done', `2026-11-${String(i % 28 + 1).padStart(2, '0')}T08:00:00.000Z`);
    for (let i = 1; i <= 12; i++) add.run(mentor.id, last, `open ${i}`, 'open', null);

    const brief = await ok<PrepBrief>(core, 'prep.brief', { meetingId: next.id });
    expect(brief.awaitingReportBack).toHaveLength(25);
    expect(brief.awaitingReportBack[0].completedAt! >= brief.awaitingReportBack[24].completedAt!).toBe(true);
    expect(brief.commitmentsSinceLast).toHaveLength(25);
    expect(brief.totals).toEqual({ commitmentsSinceLast: 42, awaitingReportBack: 30 });
  });

  it('says so when there is no previous meeting', async () => {
    const mentor = await makeMentor(core);
    const meeting = await planMeeting(core, mentor.id);
    const brief = await ok<PrepBrief>(core, 'prep.brief', { meetingId: meeting.id });
    expect(brief.lastMeeting).toBeNull();
    expect(brief.commitmentsSinceLast).toEqual([]);
  });
});
