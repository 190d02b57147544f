import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../electron/core/followups/dashboard';
import type { FollowUpBoard } from '../../electron/core/followups/types';
import type { GoalListItem } from '../../electron/core/goals/types';
import type { Meeting } from '../../electron/core/meetings/types';
import { snoozeChoices } from '../../electron/core/reminders/tray-model';
import type { ReminderPlan } from '../../electron/core/reminders/types';
import { dayIn, localeFirstDayOfWeek, zonedTimeToUtc, type Weekday } from '../../electron/core/zoned-time';
import { insertCommitmentRow } from '../helpers/factories/followups';
import { makeGoal } from '../helpers/factories/goals';
import { planMeeting } from '../helpers/factories/meetings';
import { makeMentor } from '../helpers/factories/mentors';
import { createTestCore, ok, type TestCore } from '../helpers/store';

/**
 * The last half hour of a local day and the first of the next, through the contract, in a zone behind
 * UTC, one ahead by a half hour, and on the nights after the clocks changed (a day of 25 or 23 hours:
 * an offset remembered from the day before puts midnight an hour off). Instants are written out, not
 * computed with the helper under test.
 */
const BOUNDARIES = [
  { name: 'Los Angeles, an ordinary night', zone: 'America/Los_Angeles', day: '2026-11-23', lateAt: '2026-11-24T07:30:00.000Z', earlyAt: '2026-11-24T08:30:00.000Z' },
  { name: 'Kolkata (UTC+5:30)', zone: 'Asia/Kolkata', day: '2026-11-23', lateAt: '2026-11-23T18:00:00.000Z', earlyAt: '2026-11-23T19:00:00.000Z' },
  { name: 'Los Angeles, the day clocks went back (25 h)', zone: 'America/Los_Angeles', day: '2026-11-01', lateAt: '2026-11-02T07:30:00.000Z', earlyAt: '2026-11-02T08:30:00.000Z' },
  { name: 'Los Angeles, the day clocks went forward (23 h)', zone: 'America/Los_Angeles', day: '2026-03-08', lateAt: '2026-03-09T06:30:00.000Z', earlyAt: '2026-03-09T07:30:00.000Z' },
  { name: 'Berlin, the day clocks went back (25 h)', zone: 'Europe/Berlin', day: '2026-10-25', lateAt: '2026-10-25T22:30:00.000Z', earlyAt: '2026-10-25T23:30:00.000Z' },
];

const titles = (list: { title: string }[]) => list.map((c) => c.title);

describe.each(BOUNDARIES)('the day boundary at 23:30 and 00:30 local: $name', ({ zone, day, lateAt, earlyAt }) => {
  let core: TestCore;
  beforeEach(async () => {
    core = await createTestCore({ clockStart: lateAt });
    await ok(core, 'settings.update', { reminders: { quietHoursEnabled: false } });
  });
  afterEach(() => core.dispose());

  it('writes the instants as 23:30 and 00:30 on the wall clock', () => {
    expect(zonedTimeToUtc(day, 23, 30, zone).toISOString()).toBe(lateAt);
    expect(dayIn(lateAt, zone)).toBe(day);
    expect(dayIn(earlyAt, zone)).not.toBe(day);
    expect(zonedTimeToUtc(dayIn(earlyAt, zone), 0, 30, zone).toISOString()).toBe(earlyAt);
  });

  it('keeps a commitment due that day due today at 23:30, and overdue at 00:30 — on the board, the dashboard and in the reminders', async () => {
    insertCommitmentRow(core, { title: 'Send the deck', dueDate: day });
    const board = () => ok<FollowUpBoard>(core, 'followups.board', { timeZone: zone });
    const dashboard = () => ok<Dashboard>(core, 'dashboard.today', { timeZone: zone });
    const reminders = () => ok<ReminderPlan>(core, 'reminders.due', { timeZone: zone });

    const late = await board();
    expect(late.today).toBe(day);
    expect(titles(late.buckets.dueToday)).toEqual(['Send the deck']);
    expect(late.buckets.overdue).toEqual([]);
    expect(titles((await dashboard()).dueToday)).toEqual(['Send the deck']);
    expect((await dashboard()).totals.overdue).toBe(0);
    expect((await reminders()).due.map((r) => [r.title, r.overdue])).toEqual([['Due: Send the deck', false]]);

    core.clock.set(earlyAt);
    const early = await board();
    expect(early.today).toBe(dayIn(earlyAt, zone));
    expect(titles(early.buckets.overdue)).toEqual(['Send the deck']);
    expect(early.buckets.dueToday).toEqual([]);
    expect(titles((await dashboard()).overdue)).toEqual(['Send the deck']);
    expect((await reminders()).due.map((r) => [r.title, r.overdue])).toEqual([['Due: Send the deck', true]]);
  });

  it('says "target passed" for a goal due that day only from 00:30', async () => {
    await makeGoal(core, { title: 'Ship it', targetDate: day });
    const overdue = async () => (await ok<GoalListItem[]>(core, 'goals.list', { timeZone: zone }))[0].overdue;
    expect(await overdue()).toBe(false);
    core.clock.set(earlyAt);
    expect(await overdue()).toBe(true);
  });
});

describe('repeating meetings across a DST change, through marking one held', () => {
  let core: TestCore;
  beforeEach(async () => {
    core = await createTestCore({ clockStart: '2026-03-05T18:00:00.000Z' });
  });
  afterEach(() => core.dispose());

  async function nextAfter(scheduledAt: string, timeZone: string): Promise<string> {
    const mentor = await makeMentor(core, { name: `Weekly ${scheduledAt}` });
    const meeting = await planMeeting(core, mentor.id, { scheduledAt, repeatEveryDays: 7 });
    core.clock.set(new Date(Date.parse(scheduledAt) + 3_600_000).toISOString());
    const held = await ok<{ nextMeetingId: number }>(core, 'meetings.markHeld', { id: meeting.id, timeZone });
    return (await ok<{ meeting: Meeting }>(core, 'meetings.get', { id: held.nextMeetingId })).meeting.scheduledAt;
  }

  it('keeps a weekly 09:00 in Los Angeles at 09:00 when the clocks go forward in March', async () => {
    // Thursday 5 March 09:00 PST (17:00Z); the next is 12 March 09:00 PDT (16:00Z), not 10:00.
    expect(await nextAfter('2026-03-05T17:00:00.000Z', 'America/Los_Angeles')).toBe('2026-03-12T16:00:00.000Z');
  });

  it('keeps a weekly 00:30 in Berlin on its own day when the clocks go back in October', async () => {
    // Thursday 22 October 00:30 CEST (21 Oct 22:30Z); the next is Thursday 29 October 00:30 CET (28 Oct 23:30Z).
    // Seven times 24 hours would be 23:30 on Wednesday the 28th.
    const next = await nextAfter('2026-10-21T22:30:00.000Z', 'Europe/Berlin');
    expect(next).toBe('2026-10-28T23:30:00.000Z');
    expect(dayIn(next, 'Europe/Berlin')).toBe('2026-10-29');
  });
});

describe('"this week" and "next week" follow the locale’s first day, across Saturday 23:30 and Sunday 00:30', () => {
  const LA = 'America/Los_Angeles';
  const SATURDAY_2330 = '2026-11-29T07:30:00.000Z'; // Saturday 28 November, 23:30 PST
  const SUNDAY_0030 = '2026-11-29T08:30:00.000Z'; // Sunday 29 November, 00:30 PST
  const US = localeFirstDayOfWeek('en-US');
  const GERMAN = localeFirstDayOfWeek('de-DE');
  let core: TestCore;
  beforeEach(async () => {
    core = await createTestCore({ clockStart: SATURDAY_2330 });
    insertCommitmentRow(core, { title: 'Sunday review', dueDate: '2026-11-29' });
    insertCommitmentRow(core, { title: 'Monday call', dueDate: '2026-11-30' });
  });
  afterEach(() => core.dispose());

  const buckets = async (firstDayOfWeek: number) => {
    const { buckets } = await ok<FollowUpBoard>(core, 'followups.board', { timeZone: LA, firstDayOfWeek });
    return { dueToday: titles(buckets.dueToday), dueThisWeek: titles(buckets.dueThisWeek), later: titles(buckets.later) };
  };

  it('puts Sunday in next week for US English and in this week for German on Saturday night', async () => {
    expect(US).toBe(7);
    expect(GERMAN).toBe(1);
    expect(await buckets(US)).toEqual({ dueToday: [], dueThisWeek: [], later: ['Sunday review', 'Monday call'] });
    expect(await buckets(GERMAN)).toEqual({ dueToday: [], dueThisWeek: ['Sunday review'], later: ['Monday call'] });
  });

  it('starts a new US week at Sunday 00:30, while the German week still runs to the end of Sunday', async () => {
    core.clock.set(SUNDAY_0030);
    expect(await buckets(US)).toEqual({ dueToday: ['Sunday review'], dueThisWeek: ['Monday call'], later: [] });
    expect(await buckets(GERMAN)).toEqual({ dueToday: ['Sunday review'], dueThisWeek: [], later: ['Monday call'] });
  });

  it('snoozes "until next week" to the next first day of the week, in the user’s zone', () => {
    const nextWeek = (now: string, firstDay: Weekday) => snoozeChoices(new Date(now), LA, firstDay)[2].until;
    expect(nextWeek(SATURDAY_2330, US)).toBe('2026-11-29T17:00:00.000Z'); // Sunday 29th, 09:00 PST
    expect(nextWeek(SUNDAY_0030, US)).toBe('2026-12-06T17:00:00.000Z');
    expect(nextWeek(SATURDAY_2330, GERMAN)).toBe('2026-11-30T17:00:00.000Z');
    expect(nextWeek(SUNDAY_0030, GERMAN)).toBe('2026-11-30T17:00:00.000Z');
  });
});
