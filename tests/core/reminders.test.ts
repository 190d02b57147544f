import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planReminders, quietUntil } from '../../electron/core/reminders/engine';
import { notificationsFor } from '../../electron/core/reminders/notification-plan';
import { deliverDue } from '../../electron/core/reminders/reminders';
import { trayModel } from '../../electron/core/reminders/tray-model';
import type { ReminderData } from '../../electron/core/reminders/types';
import { zonedTimeToUtc } from '../../electron/core/zoned-time';
import { DEFAULT_SETTINGS, type Settings } from '../../electron/core/settings/settings';
import { insertCommitmentRow } from '../helpers/factories/followups';
import { insertMeeting, makeMentor } from '../helpers/factories/mentors';
import { createTestCore, ok, snapshotTables, type TestCore } from '../helpers/store';

const noQuiet: Settings['reminders'] = { ...DEFAULT_SETTINGS.reminders, quietHoursEnabled: false };
const empty = (): ReminderData => ({ openCommitments: [], unreportedDone: [], plannedMeetings: [], overdueMentors: [], hiddenUntil: new Map() });
const at = (iso: string) => new Date(iso);

describe('the reminder engine (pure)', () => {
  const cases: { name: string; data: Partial<ReminderData>; settings?: Partial<Settings['reminders']>; now: string; tz?: string; due: string[]; next: string | null }[] = [
    {
      name: 'a commitment falls due at 9:00 on its due date in the user’s zone',
      data: { openCommitments: [{ id: 1, title: 'Send deck', dueDate: '2026-11-23', snoozedUntil: null, mentorName: 'Ada' }] },
      now: '2026-11-23T08:59:00.000Z',
      due: [],
      next: '2026-11-23T09:00:00.000Z',
    },
    {
      name: '…and is due from then on',
      data: { openCommitments: [{ id: 1, title: 'Send deck', dueDate: '2026-11-23', snoozedUntil: null, mentorName: 'Ada' }] },
      now: '2026-11-23T09:00:00.000Z',
      due: ['commitment-due:1:2026-11-23'],
      next: null,
    },
    {
      name: 'in New York, 9:00 local is 14:00 UTC',
      data: { openCommitments: [{ id: 1, title: 'x', dueDate: '2026-11-23', snoozedUntil: null, mentorName: null }] },
      now: '2026-11-23T13:00:00.000Z',
      tz: 'America/New_York',
      due: [],
      next: '2026-11-23T14:00:00.000Z',
    },
    {
      name: 'a snoozed commitment is replaced by its snooze-end reminder',
      data: { openCommitments: [{ id: 2, title: 'x', dueDate: '2026-11-20', snoozedUntil: '2026-11-23T15:00:00.000Z', mentorName: null }] },
      now: '2026-11-23T10:00:00.000Z',
      due: [],
      next: '2026-11-23T15:00:00.000Z',
    },
    {
      name: 'a meeting with an empty agenda asks for prep at the lead time, and a brief the day before',
      data: { plannedMeetings: [{ id: 7, scheduledAt: '2026-11-25T10:00:00.000Z', mentorName: 'Ada', agendaCount: 0 }] },
      settings: { prepLeadMinutes: 48 * 60 },
      now: '2026-11-23T10:00:00.000Z',
      due: ['meeting-prep:7:2026-11-25T10:00:00.000Z'],
      next: '2026-11-24T10:00:00.000Z',
    },
    {
      name: 'a meeting with an agenda needs no prep reminder',
      data: { plannedMeetings: [{ id: 7, scheduledAt: '2026-11-25T10:00:00.000Z', mentorName: 'Ada', agendaCount: 3 }] },
      settings: { prepLeadMinutes: 48 * 60 },
      now: '2026-11-23T10:00:00.000Z',
      due: [],
      next: '2026-11-24T10:00:00.000Z',
    },
    {
      name: 'report-back nudges N days after completion',
      data: { unreportedDone: [{ id: 3, title: 'x', completedAt: '2026-11-20T10:00:00.000Z', mentorName: 'Ada' }] },
      settings: { reportBackAfterDays: 2 },
      now: '2026-11-22T09:59:00.000Z',
      due: [],
      next: '2026-11-22T10:00:00.000Z',
    },
    {
      name: 'keep-in-touch fires for a mentor past their cadence',
      data: { overdueMentors: [{ mentorId: 4, name: 'Bob', nextContactDueAt: '2026-11-01T10:00:00.000Z', daysOverdue: 22 }] },
      now: '2026-11-23T10:00:00.000Z',
      due: ['keep-in-touch:4:2026-11-01'],
      next: null,
    },
    {
      name: 'a kind switched off never appears',
      data: { overdueMentors: [{ mentorId: 4, name: 'Bob', nextContactDueAt: '2026-11-01T10:00:00.000Z', daysOverdue: 22 }] },
      settings: { keepInTouch: false },
      now: '2026-11-23T10:00:00.000Z',
      due: [],
      next: null,
    },
    {
      name: 'a reminder hidden from the tray comes back when its snooze ends',
      data: {
        overdueMentors: [{ mentorId: 4, name: 'Bob', nextContactDueAt: '2026-11-01T10:00:00.000Z', daysOverdue: 22 }],
        hiddenUntil: new Map([['keep-in-touch:4:2026-11-01', '2026-11-23T11:00:00.000Z']]),
      },
      now: '2026-11-23T10:00:00.000Z',
      due: [],
      next: '2026-11-23T11:00:00.000Z',
    },
    {
      name: 'in Berlin after the spring DST change, 9:00 local is 07:00 UTC',
      data: { openCommitments: [{ id: 1, title: 'x', dueDate: '2026-03-30', snoozedUntil: null, mentorName: null }] },
      now: '2026-03-30T06:59:00.000Z',
      tz: 'Europe/Berlin',
      due: [],
      next: '2026-03-30T07:00:00.000Z',
    },
    {
      name: 'in Tokyo the due day starts before it does in UTC',
      data: { openCommitments: [{ id: 1, title: 'x', dueDate: '2026-11-24', snoozedUntil: null, mentorName: null }] },
      now: '2026-11-24T00:00:00.000Z',
      tz: 'Asia/Tokyo',
      due: ['commitment-due:1:2026-11-24'],
      next: null,
    },
    {
      name: 'a snooze that has ended brings the commitment back under a new key',
      data: { openCommitments: [{ id: 2, title: 'x', dueDate: '2026-11-20', snoozedUntil: '2026-11-23T09:00:00.000Z', mentorName: null }] },
      now: '2026-11-23T10:00:00.000Z',
      due: ['snooze-end:2:2026-11-23T09:00:00.000Z'],
      next: null,
    },
    {
      name: 'a snooze ending before the due date leaves the due reminder in charge',
      data: { openCommitments: [{ id: 2, title: 'x', dueDate: '2026-11-25', snoozedUntil: '2026-11-23T09:00:00.000Z', mentorName: null }] },
      now: '2026-11-23T10:00:00.000Z',
      due: [],
      next: '2026-11-25T09:00:00.000Z',
    },
    {
      name: 'a meeting that has started asks for nothing',
      data: { plannedMeetings: [{ id: 7, scheduledAt: '2026-11-23T09:30:00.000Z', mentorName: 'Ada', agendaCount: 0 }] },
      now: '2026-11-23T10:00:00.000Z',
      due: [],
      next: null,
    },
    {
      name: 'a dismissed reminder stays gone, and does not make the scheduler wake for it',
      data: {
        overdueMentors: [{ mentorId: 4, name: 'Bob', nextContactDueAt: '2026-11-01T10:00:00.000Z', daysOverdue: 22 }],
        hiddenUntil: new Map([['keep-in-touch:4:2026-11-01', '9999-12-31T23:59:59.999Z']]),
      },
      now: '2026-11-23T10:00:00.000Z',
      due: [],
      next: null,
    },
    {
      name: 'the clock set back a day: what was due is not due yet (and the log stops it firing twice later)',
      data: { openCommitments: [{ id: 1, title: 'x', dueDate: '2026-11-23', snoozedUntil: null, mentorName: null }] },
      now: '2026-11-22T10:00:00.000Z',
      due: [],
      next: '2026-11-23T09:00:00.000Z',
    },
    {
      name: 'the clock jumped a week forward: everything passed over is due at once',
      data: {
        openCommitments: [
          { id: 1, title: 'a', dueDate: '2026-11-24', snoozedUntil: null, mentorName: null },
          { id: 2, title: 'b', dueDate: '2026-11-26', snoozedUntil: null, mentorName: null },
        ],
      },
      now: '2026-11-30T10:00:00.000Z',
      due: ['commitment-due:1:2026-11-24', 'commitment-due:2:2026-11-26'],
      next: null,
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const plan = planReminders({ ...empty(), ...c.data }, { ...noQuiet, ...c.settings }, at(c.now), c.tz ?? 'UTC');
      expect(plan.due.map((r) => r.key)).toEqual(c.due);
      expect(plan.nextDueAt).toBe(c.next);
      expect(plan.heldUntil).toBeNull();
    });
  }

  it('holds notifications during quiet hours (across midnight) and looks again when they end', () => {
    const data = { ...empty(), openCommitments: [{ id: 1, title: 'x', dueDate: '2026-11-20', snoozedUntil: null, mentorName: null }] };
    const quiet = { ...DEFAULT_SETTINGS.reminders, quietHoursStart: '21:00', quietHoursEnd: '08:00' };
    const plan = planReminders(data, quiet, at('2026-11-23T22:30:00.000Z'), 'UTC');
    expect(plan.due).toHaveLength(1);
    expect(plan.heldUntil).toBe('2026-11-24T08:00:00.000Z');
    expect(plan.nextDueAt).toBe('2026-11-24T08:00:00.000Z');
    expect(quietUntil(quiet, at('2026-11-24T07:00:00.000Z'), 'UTC')?.toISOString()).toBe('2026-11-24T08:00:00.000Z');
    expect(quietUntil(quiet, at('2026-11-24T12:00:00.000Z'), 'UTC')).toBeNull();
  });

  it('keeps quiet hours in the user’s zone, and across the spring-forward gap', () => {
    const quiet = { ...DEFAULT_SETTINGS.reminders, quietHoursStart: '22:00', quietHoursEnd: '07:00' };
    // 23:30 in New York is 04:30 UTC: quiet there, not in UTC.
    expect(quietUntil(quiet, at('2026-11-24T04:30:00.000Z'), 'America/New_York')?.toISOString()).toBe('2026-11-24T12:00:00.000Z');
    expect(quietUntil(quiet, at('2026-11-24T04:30:00.000Z'), 'UTC')?.toISOString()).toBe('2026-11-24T07:00:00.000Z');
    expect(quietUntil(quiet, at('2026-11-24T12:00:00.000Z'), 'America/New_York')).toBeNull();
    // Quiet until 02:30 on the night New York skips 02:00–03:00 ends when the clocks reach 03:30 EDT.
    const gap = { ...quiet, quietHoursEnd: '02:30' };
    expect(quietUntil(gap, at('2026-03-08T04:00:00.000Z'), 'America/New_York')?.toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });

  it('flags overdue only what is past its date, for the tray’s alert icon', () => {
    const data = {
      ...empty(),
      openCommitments: [
        { id: 1, title: 'today', dueDate: '2026-11-23', snoozedUntil: null, mentorName: null },
        { id: 2, title: 'late', dueDate: '2026-11-20', snoozedUntil: null, mentorName: null },
      ],
    };
    const plan = planReminders(data, noQuiet, at('2026-11-23T10:00:00.000Z'), 'UTC');
    expect(plan.due.map((r) => [r.key, r.overdue])).toEqual([
      ['commitment-due:2:2026-11-20', true],
      ['commitment-due:1:2026-11-23', false],
    ]);
    expect(trayModel(plan, at('2026-11-23T10:00:00.000Z'), 'UTC').overdue).toBe(true);
    const onlyToday = planReminders({ ...data, openCommitments: data.openCommitments.slice(0, 1) }, noQuiet, at('2026-11-23T10:00:00.000Z'), 'UTC');
    expect(trayModel(onlyToday, at('2026-11-23T10:00:00.000Z'), 'UTC').overdue).toBe(false);
  });

  it('lists the most recently due few of a kind and sums up the rest as one reminder', () => {
    const openCommitments = Array.from({ length: 25 }, (_, i) => ({ id: i + 1, title: `c${i + 1}`, dueDate: `2026-10-${String(i + 1).padStart(2, '0')}`, snoozedUntil: null, mentorName: null }));
    const plan = planReminders({ ...empty(), openCommitments, notLoaded: { commitmentDue: 400, commitmentOverdue: 400, reportBack: 7 } }, noQuiet, at('2026-11-23T10:00:00.000Z'), 'UTC');
    expect(plan.due.map((r) => r.commitmentId)).toEqual([16, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
    expect(plan.more).toEqual([
      { kind: 'commitment-due', count: 415, overdue: true, title: '415 more overdue commitments', route: '/follow-ups' },
      { kind: 'report-back', count: 7, overdue: false, title: '7 more commitments to report back on', route: '/follow-ups' },
    ]);
    expect(plan).toMatchObject({ total: 432, overdue: true });
    const model = trayModel(plan, at('2026-11-23T10:00:00.000Z'), 'UTC');
    expect(model).toMatchObject({ count: 432, tooltip: 'Mentor Planner — 432 due' });
    expect(model.menu.find((i) => i.type === 'item' && i.label === '415 more overdue commitments')).toMatchObject({ action: { type: 'open', route: '/follow-ups' } });
  });

  it('skips a row whose dates cannot be read, logs it, and plans the rest', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const plan = planReminders(
      {
        ...empty(),
        openCommitments: [
          { id: 1, title: 'fine', dueDate: '2026-11-20', snoozedUntil: null, mentorName: null },
          { id: 2, title: 'soon', dueDate: 'soon', snoozedUntil: null, mentorName: null },
          { id: 3, title: 'zzz', dueDate: '2026-11-20', snoozedUntil: 'zzz', mentorName: null },
        ],
        unreportedDone: [{ id: 4, title: 'done', completedAt: 'yesterday', mentorName: 'Ada' }],
        plannedMeetings: [{ id: 5, scheduledAt: 'next week', mentorName: 'Ada', agendaCount: 0 }],
      },
      noQuiet,
      at('2026-11-23T10:00:00.000Z'),
      'UTC',
    );
    expect(plan.due.map((r) => r.key)).toEqual(['commitment-due:1:2026-11-20']);
    expect(plan.nextDueAt).toBeNull();
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringContaining('commitments 2: due_date'),
      expect.stringContaining('commitments 3: snoozed_until'),
      expect.stringContaining('commitments 4: completed_at'),
      expect.stringContaining('meetings 5: scheduled_at'),
    ]);
    warn.mockRestore();
  });

  it('notifies one by one, groups a burst, and offers Mark done only for an open commitment', () => {
    const plan = (ids: number[]) =>
      planReminders({ ...empty(), openCommitments: ids.map((id) => ({ id, title: `c${id}`, dueDate: '2026-11-23', snoozedUntil: null, mentorName: null })) }, noQuiet, at('2026-11-23T10:00:00.000Z'), 'UTC').due;
    expect(notificationsFor(plan([1]), null)).toEqual([{ title: 'Due: c1', body: 'Commitment due today', route: '/follow-ups?commitment=1', keys: ['commitment-due:1:2026-11-23'], commitmentId: 1 }]);
    const burst = notificationsFor(plan([1, 2, 3, 4]), null);
    expect(burst).toEqual([{ title: '4 reminders', body: 'Due: c1 · Due: c2 · Due: c3 …', route: '/', keys: expect.any(Array) }]);
    expect(burst[0].keys).toHaveLength(4);
    const report = planReminders({ ...empty(), unreportedDone: [{ id: 9, title: 'x', completedAt: '2026-11-01T10:00:00.000Z', mentorName: 'Ada' }] }, noQuiet, at('2026-11-23T10:00:00.000Z'), 'UTC').due;
    expect(notificationsFor(report, null)[0]).not.toHaveProperty('commitmentId');
  });

  it('holds notifications while paused', () => {
    const data = { ...empty(), overdueMentors: [{ mentorId: 4, name: 'Bob', nextContactDueAt: '2026-11-01T10:00:00.000Z', daysOverdue: 22 }] };
    const plan = planReminders(data, { ...noQuiet, pausedUntil: '2026-11-23T11:00:00.000Z' }, at('2026-11-23T10:00:00.000Z'), 'UTC');
    expect(plan.heldUntil).toBe('2026-11-23T11:00:00.000Z');
  });

  it('treats a wall time that happens twice as its first occurrence', () => {
    expect(zonedTimeToUtc('2026-11-01', 1, 30, 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('puts 9:00 on the right instant across the DST change', () => {
    expect(zonedTimeToUtc('2026-03-28', 9, 0, 'Europe/Berlin').toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(zonedTimeToUtc('2026-03-30', 9, 0, 'Europe/Berlin').toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(zonedTimeToUtc('2026-11-02', 9, 0, 'America/New_York').toISOString()).toBe('2026-11-02T14:00:00.000Z');
    expect(zonedTimeToUtc('2026-10-31', 9, 0, 'America/New_York').toISOString()).toBe('2026-10-31T13:00:00.000Z');
  });
});

describe('delivering reminders through the store', () => {
  let core: TestCore;
  beforeEach(async () => {
    core = await createTestCore({ clockStart: '2026-11-23T10:00:00.000Z' });
    await ok(core, 'settings.update', { reminders: { quietHoursEnabled: false } });
  });
  afterEach(() => core.dispose());

  it('delivers each reminder once, even after a restart or a second instance', async () => {
    insertCommitmentRow(core, { title: 'Send the deck', dueDate: '2026-11-23' });
    const first = deliverDue(core.store.db, core.clock.now(), 'UTC');
    expect(first.delivered.map((r) => r.title)).toEqual(['Due: Send the deck']);
    expect(deliverDue(core.store.db, core.clock.now(), 'UTC').delivered).toEqual([]);
    const claimedElsewhere = await ok<unknown[]>(core, 'reminders.claim', { timeZone: 'UTC' });
    expect(claimedElsewhere).toEqual([]);
  });

  it('delivers, once and together, what fell due while the app was closed', async () => {
    const mentor = await makeMentor(core, { keepInTouchCadenceDays: 7 });
    insertMeeting(core, mentor.id, '2026-10-01T10:00:00.000Z');
    insertCommitmentRow(core, { title: 'a', dueDate: '2026-11-10' });
    insertCommitmentRow(core, { title: 'b', dueDate: '2026-11-15' });
    const { delivered } = deliverDue(core.store.db, core.clock.now(), 'UTC');
    expect(delivered.map((r) => r.kind).sort()).toEqual(['commitment-due', 'commitment-due', 'keep-in-touch']);
  });

  it('never re-delivers when the clock jumps back, and delivers what the jump forward makes due', async () => {
    insertCommitmentRow(core, { title: 'today', dueDate: '2026-11-23' });
    insertCommitmentRow(core, { title: 'tomorrow', dueDate: '2026-11-24' });
    expect(deliverDue(core.store.db, core.clock.now(), 'UTC').delivered.map((r) => r.title)).toEqual(['Due: today']);
    core.clock.set('2026-11-20T10:00:00.000Z');
    expect(deliverDue(core.store.db, core.clock.now(), 'UTC').delivered).toEqual([]);
    core.clock.set('2026-11-24T10:00:00.000Z');
    expect(deliverDue(core.store.db, core.clock.now(), 'UTC').delivered.map((r) => r.title)).toEqual(['Due: tomorrow']);
    core.clock.set('2026-11-23T10:00:00.000Z');
    expect(deliverDue(core.store.db, core.clock.now(), 'UTC').delivered).toEqual([]);
  });

  it('snoozing a commitment from a reminder moves it, and the snooze end is a new reminder', async () => {
    const id = insertCommitmentRow(core, { title: 'x', dueDate: '2026-11-23' });
    deliverDue(core.store.db, core.clock.now(), 'UTC');
    await ok(core, 'reminders.snooze', { key: `commitment-due:${id}:2026-11-23`, kind: 'commitment-due', commitmentId: id, until: '2026-11-23T11:00:00Z' });
    expect((await ok<{ due: unknown[] }>(core, 'reminders.due', { timeZone: 'UTC' })).due).toEqual([]);
    core.clock.set('2026-11-23T11:00:00.000Z');
    const { delivered } = deliverDue(core.store.db, core.clock.now(), 'UTC');
    expect(delivered.map((r) => r.key)).toEqual([`snooze-end:${id}:2026-11-23T11:00:00.000Z`]);
  });

  it('dismisses one occurrence for good: gone from the list, never delivered, back under a new key', async () => {
    const id = insertCommitmentRow(core, { title: 'x', dueDate: '2026-11-23' });
    await ok(core, 'reminders.dismiss', { key: `commitment-due:${id}:2026-11-23` });
    expect((await ok<{ due: unknown[]; nextDueAt: string | null }>(core, 'reminders.due', { timeZone: 'UTC' })).due).toEqual([]);
    expect(deliverDue(core.store.db, core.clock.now(), 'UTC').delivered).toEqual([]);
    await ok(core, 'commitments.update', { id, changes: { dueDate: '2026-11-22' } });
    expect((await ok<{ due: { key: string }[] }>(core, 'reminders.due', { timeZone: 'UTC' })).due.map((r) => r.key)).toEqual([`commitment-due:${id}:2026-11-22`]);
  });

  it('hides a meeting reminder snoozed from the tray until the snooze ends', async () => {
    const mentor = await makeMentor(core, { name: 'Ada' });
    const meetingId = insertMeeting(core, mentor.id, '2026-11-24T09:00:00.000Z', 'planned');
    const key = `meeting-prep:${meetingId}:2026-11-24T09:00:00.000Z`;
    const keys = async () => (await ok<{ due: { key: string }[] }>(core, 'reminders.due', { timeZone: 'UTC' })).due.map((r) => r.key);
    expect(await keys()).toContain(key);
    await ok(core, 'reminders.snooze', { key, kind: 'meeting-prep', until: '2026-11-23T12:00:00Z' });
    expect(await keys()).not.toContain(key);
    core.clock.set('2026-11-23T12:00:00.000Z');
    expect(await keys()).toContain(key);
  });

  it('claims for browser mode as notifications, grouping what fell due before the tab opened', async () => {
    insertCommitmentRow(core, { title: 'old one', dueDate: '2026-11-10' });
    insertCommitmentRow(core, { title: 'old two', dueDate: '2026-11-11' });
    insertCommitmentRow(core, { title: 'fresh', dueDate: '2026-11-23' });
    const shown = await ok<{ title: string; keys: string[] }[]>(core, 'reminders.claim', { timeZone: 'UTC', missedBefore: '2026-11-23T08:00:00Z' });
    expect(shown.map((n) => [n.title, n.keys.length])).toEqual([
      ['While you were away: 2 reminders', 2],
      ['Due: fresh', 1],
    ]);
    expect(await ok(core, 'reminders.claim', { timeZone: 'UTC' })).toEqual([]);
  });

  it('refuses bad input with a typed error and changes nothing', async () => {
    insertCommitmentRow(core, { title: 'x', dueDate: '2026-11-23' });
    const before = snapshotTables(core);
    for (const [name, input] of [
      ['reminders.dismiss', { key: 'not-a-kind:1' }],
      ['reminders.dismiss', { key: 'commitment-due:' }],
      ['reminders.snooze', { key: 'keep-in-touch:1:2026-11-01', kind: 'keep-in-touch', until: 'tomorrow' }],
      ['reminders.pause', { until: '2026-11-23T11:00:00Z', extra: 1 }],
      ['reminders.claim', { timeZone: 'Mars/Olympus' }],
    ] as const) {
      const result = await core.call(name, input);
      expect(result.ok ? null : result.error.code, name).toBe('INVALID');
    }
    expect(snapshotTables(core)).toEqual(before);
  });

  it('pauses reminders for an hour through settings', async () => {
    insertCommitmentRow(core, { title: 'x', dueDate: '2026-11-23' });
    await ok(core, 'reminders.pause', { until: '2026-11-23T11:00:00Z' });
    expect(deliverDue(core.store.db, core.clock.now(), 'UTC').delivered).toEqual([]);
    core.clock.set('2026-11-23T11:00:01.000Z');
    expect(deliverDue(core.store.db, core.clock.now(), 'UTC').delivered).toHaveLength(1);
  });
});

describe('the tray model', () => {
  const data = (): ReminderData => ({
    ...empty(),
    openCommitments: [{ id: 5, title: 'Send deck', dueDate: '2026-11-20', snoozedUntil: null, mentorName: 'Ada' }],
    plannedMeetings: [{ id: 9, scheduledAt: '2026-11-23T15:00:00.000Z', mentorName: 'Bob', agendaCount: 0 }],
  });

  it('counts due items (a commitment, a meeting brief, a prep nudge), flags overdue, and offers open / mark done / snooze', () => {
    const now = at('2026-11-23T10:00:00.000Z');
    const model = trayModel(planReminders(data(), noQuiet, now, 'UTC'), now, 'UTC');
    expect(model).toMatchObject({ count: 3, title: '3', tooltip: 'Mentor Planner — 3 due', overdue: true });
    expect(model.menu.slice(0, 3).map((i) => (i.type === 'item' ? i.label : ''))).toEqual(['Due: Send deck', 'Coming up: Bob', 'Prepare for Bob']);
    const first = model.menu[0];
    expect(first).toMatchObject({ type: 'item', label: 'Due: Send deck' });
    const sub = first.type === 'item' ? first.submenu!.filter((i) => i.type === 'item').map((i) => (i.type === 'item' ? i.action : null)) : [];
    expect(sub).toEqual([
      { type: 'open', route: '/follow-ups?commitment=5' },
      { type: 'complete', commitmentId: 5 },
      { type: 'snooze', reminder: { key: 'commitment-due:5:2026-11-20', kind: 'commitment-due', commitmentId: 5 }, until: '2026-11-23T11:00:00.000Z' },
      { type: 'snooze', reminder: expect.any(Object), until: '2026-11-24T09:00:00.000Z' },
      { type: 'snooze', reminder: expect.any(Object), until: '2026-11-30T09:00:00.000Z' },
      { type: 'dismiss', key: 'commitment-due:5:2026-11-20' },
    ]);
    const labels = model.menu.map((i) => (i.type === 'item' ? i.label : '—'));
    expect(labels.slice(-6)).toEqual(['—', 'Quick capture…', 'Open Mentor Planner', 'Pause reminders for 1 hour', '—', 'Quit']);
  });

  it('says nothing is due when nothing is, and offers to resume when paused', () => {
    const now = at('2026-11-23T10:00:00.000Z');
    const model = trayModel(planReminders(empty(), { ...noQuiet, pausedUntil: '2026-11-23T11:00:00.000Z' }, now, 'UTC'), now, 'UTC');
    expect(model).toMatchObject({ count: 0, title: '', overdue: false });
    expect(model.menu[0]).toMatchObject({ label: 'Nothing due — well done', enabled: false });
    expect(model.menu.some((i) => i.type === 'item' && i.label === 'Resume reminders')).toBe(true);
  });
});
