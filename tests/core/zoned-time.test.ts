import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../electron/core/followups/dashboard';
import type { FollowUpBoard } from '../../electron/core/followups/types';
import type { GoalDetail, GoalListItem } from '../../electron/core/goals/types';
import type { EmailDraft, ExportFile } from '../../electron/core/export/types';
import type { Meeting, MeetingSuggestion } from '../../electron/core/meetings/types';
import { snoozeChoices } from '../../electron/core/reminders/tray-model';
import { addCalendarDays, dayIn, localeFirstDayOfWeek, relativeDay, startOfNextWeek, startOfWeek, weekdayOf } from '../../electron/core/zoned-time';
import { insertCommitmentRow } from '../helpers/factories/followups';
import { makeGoal } from '../helpers/factories/goals';
import { planMeeting } from '../helpers/factories/meetings';
import { makeMentor } from '../helpers/factories/mentors';
import { createTestCore, ok, type TestCore } from '../helpers/store';

const LA = 'America/Los_Angeles';
const KOLKATA = 'Asia/Kolkata';
const BERLIN = 'Europe/Berlin';
// 23:30 on Monday 23 November 2026 in Los Angeles (PST, UTC−8) is already Tuesday in UTC.
const LA_2330 = '2026-11-24T07:30:00.000Z';
// 00:30 on Tuesday 24 November in Los Angeles.
const LA_0030 = '2026-11-24T08:30:00.000Z';

describe('the user’s calendar day (pure)', () => {
  it('puts 23:30 and 00:30 local on the local day, not Greenwich’s', () => {
    expect(dayIn(LA_2330, LA)).toBe('2026-11-23');
    expect(dayIn(LA_2330, 'UTC')).toBe('2026-11-24');
    expect(dayIn(LA_0030, LA)).toBe('2026-11-24');
    // 23:30 and 00:30 in Kolkata (UTC+5:30): the local day is ahead of UTC's.
    expect(dayIn('2026-11-23T18:00:00.000Z', KOLKATA)).toBe('2026-11-23');
    expect(dayIn('2026-11-23T19:00:00.000Z', KOLKATA)).toBe('2026-11-24');
    expect(dayIn('2026-11-23T19:00:00.000Z', 'UTC')).toBe('2026-11-23');
  });

  it('keeps a repeating meeting at the same wall-clock time across DST changes', () => {
    // Los Angeles, November: 09:00 PDT (16:00Z) a week later is 09:00 PST (17:00Z), not 08:00.
    expect(addCalendarDays('2026-10-29T16:00:00.000Z', 7, LA).toISOString()).toBe('2026-11-05T17:00:00.000Z');
    // Los Angeles, March: 09:00 PST (17:00Z) becomes 09:00 PDT (16:00Z).
    expect(addCalendarDays('2026-03-05T17:00:00.000Z', 7, LA).toISOString()).toBe('2026-03-12T16:00:00.000Z');
    // Berlin, March: 09:00 CET (08:00Z) becomes 09:00 CEST (07:00Z); October back again.
    expect(addCalendarDays('2026-03-26T08:00:00.000Z', 7, BERLIN).toISOString()).toBe('2026-04-02T07:00:00.000Z');
    expect(addCalendarDays('2026-10-22T07:00:00.000Z', 7, BERLIN).toISOString()).toBe('2026-10-29T08:00:00.000Z');
  });

  it('starts the week on the locale’s first day', () => {
    expect(localeFirstDayOfWeek('en-US')).toBe(7);
    expect(localeFirstDayOfWeek('de-DE')).toBe(1);
    expect(localeFirstDayOfWeek('en-GB')).toBe(1);
    expect(weekdayOf('2026-11-23')).toBe(1);
    expect(startOfWeek('2026-11-23', 1)).toBe('2026-11-23');
    expect(startOfWeek('2026-11-23', 7)).toBe('2026-11-22');
    expect(startOfNextWeek('2026-11-23', 1)).toBe('2026-11-30');
    expect(startOfNextWeek('2026-11-23', 7)).toBe('2026-11-29');
    expect(startOfNextWeek('2026-11-29', 7)).toBe('2026-12-06');
  });

  it('snoozes "until next week" to 9:00 on the first day of the user’s next week, in their zone', () => {
    const [, tomorrow, nextWeek] = snoozeChoices(new Date(LA_2330), LA, 7);
    expect(tomorrow.until).toBe('2026-11-24T17:00:00.000Z');
    expect(nextWeek.until).toBe('2026-11-29T17:00:00.000Z');
    expect(snoozeChoices(new Date(LA_2330), LA, 1)[2].until).toBe('2026-11-30T17:00:00.000Z');
  });

  it('says a due day in words', () => {
    expect(['2026-11-23', '2026-11-24', '2026-11-22', '2026-11-26', '2026-11-18'].map((d) => relativeDay(d, '2026-11-23'))).toEqual([
      'today',
      'tomorrow',
      'yesterday',
      'in 3 days',
      '5 days ago',
    ]);
  });
});

describe('day decisions through the core, in the user’s zone', () => {
  let core: TestCore;
  beforeEach(async () => {
    core = await createTestCore({ clockStart: '2026-11-24T07:10:00.000Z' });
  });
  afterEach(() => core.dispose());

  it('does not call a goal due today "target passed" at 23:10 in Los Angeles, and does at 00:30', async () => {
    const goal = await makeGoal(core, { title: 'Ship it', targetDate: '2026-11-23' });
    expect((await ok<GoalListItem[]>(core, 'goals.list', { timeZone: LA }))[0].overdue).toBe(false);
    expect((await ok<GoalDetail>(core, 'goals.get', { id: goal.id, timeZone: LA })).overdue).toBe(false);
    expect((await ok<GoalListItem[]>(core, 'goals.list', { timeZone: 'UTC' }))[0].overdue).toBe(true);
    core.clock.set(LA_0030);
    expect((await ok<GoalDetail>(core, 'goals.get', { id: goal.id, timeZone: LA })).overdue).toBe(true);
  });

  it('dates the follow-up email and the progress update on the local day of a 23:30 meeting, written for the reader’s locale', async () => {
    const mentor = await makeMentor(core, { name: 'Ada Lovelace', email: 'ada@example.com' });
    const meeting = await planMeeting(core, mentor.id, { scheduledAt: LA_2330 });
    core.clock.set('2026-11-24T07:45:00.000Z'); // 23:45, still the 23rd in Los Angeles
    await ok(core, 'meetings.markHeld', { id: meeting.id, timeZone: LA });
    expect((await ok<EmailDraft>(core, 'export.followUpEmail', { meetingId: meeting.id, timeZone: LA, locale: 'en-US' })).subject).toBe('Thank you — our conversation on Nov 23, 2026');
    expect((await ok<EmailDraft>(core, 'export.followUpEmail', { meetingId: meeting.id, timeZone: KOLKATA, locale: 'de-DE' })).subject).toBe('Thank you — our conversation on 24.11.2026');
    const update = await ok<{ markdown: string; subject: string }>(core, 'export.progressUpdate', { mentorId: mentor.id, timeZone: LA, locale: 'en-GB' });
    expect(update.subject).toBe('Progress update since we met on 23 Nov 2026');
    expect(update.markdown).toContain('_23 Nov 2026, since we met on 23 Nov 2026_');
    expect(await core.call('export.progressUpdate', { mentorId: mentor.id, locale: 'not a locale!' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
  });

  it('exports a date range from local midnight to local midnight, and names files by the local day', async () => {
    const mentor = await makeMentor(core, { name: 'Ada' });
    await planMeeting(core, mentor.id, { scheduledAt: LA_2330 });
    const range = { kind: 'range', from: '2026-11-23', to: '2026-11-23' };
    const [file] = await ok<ExportFile[]>(core, 'export.meetings', { selection: range, format: 'markdown-files', timeZone: LA });
    expect(file.name).toBe('2026-11-23 Ada.md');
    expect(file.content).toContain('# Meeting with Ada — 2026-11-23');
    const inUtc = await core.call('export.meetings', { selection: range, format: 'markdown', timeZone: 'UTC' });
    expect(inUtc).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    const nextDay = await ok<ExportFile[]>(core, 'export.meetings', { selection: { kind: 'range', from: '2026-11-24', to: '2026-11-24' }, format: 'markdown-files', timeZone: 'UTC' });
    expect(nextDay[0].name).toBe('2026-11-24 Ada.md');
  });

  it('names the backup file by the user’s day', async () => {
    expect((await ok<{ fileName: string }>(core, 'backup.export', { timeZone: LA })).fileName).toBe('mentor-planner-backup-2026-11-23.json');
    expect((await ok<{ fileName: string }>(core, 'backup.export', { timeZone: 'UTC' })).fileName).toBe('mentor-planner-backup-2026-11-24.json');
  });

  it('suggests a meeting at 10:00 local when the form is opened at 02:00 in Los Angeles', async () => {
    core.clock.set('2026-11-23T10:00:00.000Z'); // 02:00 PST
    const mentor = await makeMentor(core, { name: 'New' });
    const suggestion = await ok<MeetingSuggestion>(core, 'meetings.suggest', { mentorId: mentor.id, timeZone: LA });
    expect(suggestion.scheduledAt).toBe('2026-11-25T18:00:00.000Z'); // 10:00 PST on the 25th
    const kolkata = await ok<MeetingSuggestion>(core, 'meetings.suggest', { mentorId: mentor.id, timeZone: KOLKATA });
    expect(kolkata.scheduledAt).toBe('2026-11-25T04:30:00.000Z'); // 10:00 IST
  });

  it('plans the next repeating meeting at the same local time across the November DST change', async () => {
    core.clock.set('2026-10-29T18:00:00.000Z');
    const mentor = await makeMentor(core, { name: 'Weekly' });
    const meeting = await planMeeting(core, mentor.id, { scheduledAt: '2026-10-29T16:00:00.000Z', repeatEveryDays: 7 });
    const held = await ok<{ nextMeetingId: number }>(core, 'meetings.markHeld', { id: meeting.id, timeZone: LA });
    const next = await ok<{ meeting: Meeting }>(core, 'meetings.get', { id: held.nextMeetingId });
    expect(next.meeting.scheduledAt).toBe('2026-11-05T17:00:00.000Z');
  });

  it('buckets "this week" by the locale’s week, and "today" by the local day', async () => {
    core.clock.set('2026-11-23T20:00:00.000Z'); // Monday 12:00 in Los Angeles
    for (const [title, dueDate] of [
      ['Saturday', '2026-11-28'],
      ['Sunday', '2026-11-29'],
      ['next Monday', '2026-11-30'],
    ]) {
      insertCommitmentRow(core, { title, dueDate });
    }
    const titles = (board: FollowUpBoard, bucket: keyof FollowUpBoard['buckets']) => board.buckets[bucket].map((c) => c.title);
    const monday = await ok<FollowUpBoard>(core, 'followups.board', { timeZone: LA, firstDayOfWeek: 1 });
    expect(titles(monday, 'dueThisWeek')).toEqual(['Saturday', 'Sunday']);
    expect(titles(monday, 'later')).toEqual(['next Monday']);
    const sunday = await ok<FollowUpBoard>(core, 'followups.board', { timeZone: LA, firstDayOfWeek: 7 });
    expect(titles(sunday, 'dueThisWeek')).toEqual(['Saturday']);
    expect(titles(sunday, 'later')).toEqual(['Sunday', 'next Monday']);

    insertCommitmentRow(core, { title: 'due today', dueDate: '2026-11-23' });
    core.clock.set(LA_2330);
    const late = await ok<FollowUpBoard>(core, 'followups.board', { timeZone: LA, firstDayOfWeek: 1 });
    expect(late.today).toBe('2026-11-23');
    expect(titles(late, 'dueToday')).toEqual(['due today']);
    expect(titles(late, 'overdue')).toEqual([]);
    core.clock.set(LA_0030);
    expect(titles(await ok<FollowUpBoard>(core, 'followups.board', { timeZone: LA, firstDayOfWeek: 1 }), 'overdue')).toEqual(['due today']);
  });

  it('decides "overdue" once: a snoozed late commitment counts the same on the board, the dashboard, the mentor page and its flag', async () => {
    core.clock.set('2026-11-23T20:00:00.000Z');
    const mentor = await makeMentor(core, { name: 'Ada' });
    const snoozed = insertCommitmentRow(core, { title: 'snoozed', dueDate: '2026-11-20', mentorId: mentor.id });
    insertCommitmentRow(core, { title: 'late', dueDate: '2026-11-21', mentorId: mentor.id });
    insertCommitmentRow(core, { title: 'today', dueDate: '2026-11-23', mentorId: mentor.id });
    core.store.sqlite.prepare("UPDATE commitments SET snoozed_until = '2026-11-25T17:00:00.000Z' WHERE id = ?").run(snoozed);
    const board = await ok<FollowUpBoard>(core, 'followups.board', { timeZone: LA });
    const dashboard = await ok<Dashboard>(core, 'dashboard.today', { timeZone: LA });
    expect(board.buckets.overdue.map((c) => [c.title, c.overdue])).toEqual([
      ['snoozed', true],
      ['late', true],
    ]);
    expect(dashboard.overdue.map((c) => [c.title, c.overdue])).toEqual(board.buckets.overdue.map((c) => [c.title, c.overdue]));
    expect(dashboard.totals.overdue).toBe(board.totals.overdue);
    const page = await ok<{ openCommitments: { title: string; overdue: boolean }[] }>(core, 'mentors.get', { id: mentor.id, timeZone: LA });
    expect(page.openCommitments.map((c) => [c.title, c.overdue])).toEqual([
      ['snoozed', true],
      ['late', true],
      ['today', false],
    ]);
  });
});
