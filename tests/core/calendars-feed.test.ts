import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFeed } from '../../electron/core/calendars/feed';
import type { FeedInfo } from '../../electron/core/calendars/feed-publish';
import type { CalendarSeriesReview } from '../../electron/core/calendars/types';
import { startWebServer } from '../../electron/web/server';
import { calendar } from '../helpers/calendars';
import { insertMeeting, makeMentor } from '../helpers/factories/mentors';
import { createTestCore, ok, tempDir, type TestCore } from '../helpers/store';
import { removeTree } from '../helpers/remove-tree';

const GOLDEN = path.resolve(__dirname, '../fixtures/calendars/feed-golden.ics');

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore({ clockStart: '2026-11-20T12:00:00.000Z' });
});
afterEach(() => core.dispose());

interface ParsedEvent {
  uid: string;
  summary: string;
  start: Date;
  allDay: string | null;
  minutes: number;
  sequence: number;
  status: string;
  description: string;
  location: string;
  alarms: { triggerMinutes: number; description: string }[];
}

/** Reads the feed back with ical.js, event by event, alarms included. */
function parseFeed(text: string): ParsedEvent[] {
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return root.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      start: e.startDate.toJSDate(),
      allDay: e.startDate.isDate ? e.startDate.toString() : null,
      minutes: e.duration.toSeconds() / 60,
      sequence: e.sequence,
      status: String(v.getFirstPropertyValue('status') ?? ''),
      description: e.description ?? '',
      location: e.location ?? '',
      alarms: v.getAllSubcomponents('valarm').map((a) => ({ triggerMinutes: (a.getFirstPropertyValue('trigger') as InstanceType<typeof ICAL.Duration>).toSeconds() / 60, description: String(a.getFirstPropertyValue('description')) })),
    };
  });
}

async function fixture() {
  const ada = await makeMentor(core, { name: 'Ada Lovelace', keepInTouchCadenceDays: 30 });
  const grace = await makeMentor(core, { name: 'Grace Hopper', keepInTouchCadenceDays: 60 });
  insertMeeting(core, ada.id, '2026-10-01T10:00:00.000Z', 'held');
  insertMeeting(core, grace.id, '2026-11-10T10:00:00.000Z', 'held');
  const planned = await ok<{ id: number }>(core, 'meetings.schedule', { mentorId: ada.id, scheduledAt: '2026-11-25T10:00:00Z', durationMinutes: 45, location: 'Café; corner, table 2' });
  await ok(core, 'agenda.add', { meetingId: planned.id, text: 'Promotion packet, second draft' });
  await ok(core, 'agenda.add', { meetingId: planned.id, text: 'Ask: intro to the platform team' });
  const cancelled = await ok<{ id: number }>(core, 'meetings.schedule', { mentorId: grace.id, scheduledAt: '2026-11-27T15:00:00Z' });
  await ok(core, 'meetings.cancel', { id: cancelled.id });
  core.store.sqlite
    .prepare("INSERT INTO commitments (mentor_id, title, due_date, status, created_at, updated_at) VALUES (?, 'Send the draft to Ada', '2026-11-24', 'open', ?, ?)")
    .run(ada.id, '2026-11-18T09:00:00.000Z', '2026-11-18T09:00:00.000Z');
  core.store.sqlite
    .prepare("INSERT INTO commitments (mentor_id, title, status, completed_at, created_at, updated_at) VALUES (?, 'Try the 1:1 template', 'done', '2026-11-19T17:00:00.000Z', ?, ?)")
    .run(grace.id, '2026-11-19T17:00:00.000Z', '2026-11-19T17:00:00.000Z');
  return { ada, grace, planned, cancelled };
}

describe('the published calendar feed', () => {
  it('holds planned meetings with a "prepare for" alarm, commitments due, report-backs and reconnects, read back by ical.js', async () => {
    const { planned, cancelled } = await fixture();
    const events = parseFeed(buildFeed(core.store.db, core.clock.now(), { timeZone: 'Europe/Berlin' }));
    const byUid = Object.fromEntries(events.map((e) => [e.uid, e]));
    expect(byUid[`meeting-${planned.id}@mentor-planner`]).toMatchObject({
      summary: 'Mentor meeting: Ada Lovelace',
      start: new Date('2026-11-25T10:00:00.000Z'),
      minutes: 45,
      location: 'Café; corner, table 2',
      status: 'CONFIRMED',
      description: '',
      alarms: [{ triggerMinutes: -24 * 60, description: 'Prepare for Ada Lovelace' }],
    });
    expect(byUid[`meeting-${cancelled.id}@mentor-planner`]).toMatchObject({ status: 'CANCELLED', alarms: [] });
    const dueUid = Object.keys(byUid).find((u) => u.startsWith('commitment-'))!;
    expect(byUid[dueUid]).toMatchObject({ summary: 'Due: Send the draft to Ada', allDay: '2026-11-24', alarms: [{ triggerMinutes: 9 * 60, description: 'Due: Send the draft to Ada' }] });
    const reportUid = Object.keys(byUid).find((u) => u.startsWith('report-back-'))!;
    expect(byUid[reportUid]).toMatchObject({ summary: 'Report back to Grace Hopper', allDay: '2026-11-21' });
    // Ada's 30 days ran out on 31 October: reconnect today. Grace is due on 9 January.
    expect(events.filter((e) => e.uid.startsWith('reconnect-')).map((e) => [e.summary, e.allDay])).toEqual([
      ['Reconnect with Ada Lovelace', '2026-11-20'],
      ['Reconnect with Grace Hopper', '2027-01-09'],
    ]);
  });

  it('adds the agenda and the prep-brief link only when the user chooses so, and the alarm follows the reminder lead time', async () => {
    const { planned } = await fixture();
    await ok(core, 'settings.update', { calendarFeedDetail: 'agenda', reminders: { prepLeadMinutes: 90 } });
    const meeting = parseFeed(buildFeed(core.store.db, core.clock.now(), { timeZone: 'UTC', appUrl: 'http://127.0.0.1:4777/' })).find((e) => e.uid === `meeting-${planned.id}@mentor-planner`)!;
    expect(meeting.description).toBe(`Agenda:\n- Promotion packet, second draft\n- Ask: intro to the platform team\nPrep brief: http://127.0.0.1:4777/#/meetings/${planned.id}/prep`);
    expect(meeting.alarms[0].triggerMinutes).toBe(-90);
  });

  it('keeps UIDs stable and raises SEQUENCE when a meeting changes', async () => {
    const { planned } = await fixture();
    const first = parseFeed(buildFeed(core.store.db, core.clock.now(), { timeZone: 'UTC' })).find((e) => e.uid === `meeting-${planned.id}@mentor-planner`)!;
    core.clock.advanceMinutes(5);
    await ok(core, 'meetings.update', { id: planned.id, changes: { scheduledAt: '2026-11-26T10:00:00Z' } });
    const second = parseFeed(buildFeed(core.store.db, core.clock.now(), { timeZone: 'UTC' })).find((e) => e.uid === `meeting-${planned.id}@mentor-planner`)!;
    expect(second.start).toEqual(new Date('2026-11-26T10:00:00.000Z'));
    expect(second.sequence).toBeGreaterThan(first.sequence);
  });

  it('matches the golden file for the fixture', async () => {
    await fixture();
    const text = buildFeed(core.store.db, core.clock.now(), { timeZone: 'Europe/Berlin' });
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(GOLDEN, text);
    expect(text).toBe(fs.readFileSync(GOLDEN, 'utf8'));
  });

  it('keeps weekly meetings at 10:00 local time across the spring DST change in two zones (Berlin and New York)', async () => {
    const ada = await makeMentor(core, { name: 'Ada Lovelace', email: 'ada@example.org' });
    const alan = await makeMentor(core, { name: 'Alan Turing', email: 'alan@example.org' });
    core.clock.set('2027-02-20T12:00:00.000Z');
    const series = (uid: string, tzid: string, email: string) => ({ uid, summary: 'Weekly', start: '20270301T100000', end: '20270301T103000', tzid, rrule: 'FREQ=WEEKLY;COUNT=6', attendees: [email] });
    await ok(core, 'calendars.importFile', {
      fileName: 'two-zones.ics',
      text: calendar([series('berlin', 'Europe/Berlin', 'ada@example.org'), series('new-york', 'America/New_York', 'alan@example.org')]),
      timeZone: 'UTC',
    });
    for (const s of await ok<CalendarSeriesReview[]>(core, 'calendars.series', { decision: 'pending' })) await ok(core, 'calendars.decide', { seriesId: s.seriesId, decision: 'accepted' });
    const events = parseFeed(buildFeed(core.store.db, core.clock.now(), { timeZone: 'UTC' })).filter((e) => e.uid.startsWith('meeting-'));
    const localTimes = (name: string, zone: string) =>
      events
        .filter((e) => e.summary.endsWith(name))
        .map((e) => new Intl.DateTimeFormat('en-GB', { timeZone: zone, day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' }).format(e.start));
    // US clocks change on 14 March 2027, European ones on 28 March: UTC hours shift at different weeks.
    expect(localTimes('Ada Lovelace', 'Europe/Berlin')).toEqual(['01/03, 10:00', '08/03, 10:00', '15/03, 10:00', '22/03, 10:00', '29/03, 10:00', '05/04, 10:00']);
    expect(localTimes('Alan Turing', 'America/New_York')).toEqual(['01/03, 10:00', '08/03, 10:00', '15/03, 10:00', '22/03, 10:00', '29/03, 10:00', '05/04, 10:00']);
    expect(events.filter((e) => e.summary.endsWith('Ada Lovelace')).map((e) => e.start.getUTCHours())).toEqual([9, 9, 9, 9, 8, 8]);
    expect(events.filter((e) => e.summary.endsWith('Alan Turing')).map((e) => e.start.getUTCHours())).toEqual([15, 15, 14, 14, 14, 14]);
  });

  it('is kept in a folder the user picks, rewritten as a whole, and refused with a sentence where it cannot be written', async () => {
    await fixture();
    const folder = tempDir('mentor-planner-feed-');
    try {
      await ok(core, 'settings.update', { calendarFeedFolder: folder });
      const written = await ok<{ filePath: string; milliseconds: number }>(core, 'calendars.publishFeed');
      expect(written.filePath).toBe(path.join(folder, 'mentor-planner.ics'));
      expect(parseFeed(fs.readFileSync(written.filePath, 'utf8')).length).toBeGreaterThan(4);
      expect(fs.readdirSync(folder)).toEqual(['mentor-planner.ics']);
      fs.writeFileSync(path.join(folder, 'blocker'), '');
      await ok(core, 'settings.update', { calendarFeedFolder: path.join(folder, 'blocker', 'sub') });
      const result = await core.call('calendars.publishFeed', {});
      expect(!result.ok && result.error.message).toMatch(/could not write the calendar feed into .*Choose a folder you can write to/);
    } finally {
      removeTree(folder);
    }
  });

  it('is served in browser mode at its tokened address only', async () => {
    await fixture();
    const server = await startWebServer({ core, rendererDir: tempDir() });
    try {
      const info = await ok<FeedInfo>(core, 'calendars.feedInfo');
      const response = await fetch(`http://127.0.0.1:${server.port}${info.urlPath}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(parseFeed(await response.text()).some((e) => e.summary === 'Mentor meeting: Ada Lovelace')).toBe(true);
      const wrong = await fetch(`http://127.0.0.1:${server.port}/calendar/not-the-token/mentor-planner.ics`);
      expect(wrong.status).toBe(404);
      expect((await ok<FeedInfo>(core, 'calendars.feedInfo')).urlPath).toBe(info.urlPath);
    } finally {
      await server.close();
    }
  });
});
