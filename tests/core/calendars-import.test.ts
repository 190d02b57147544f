import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CalendarSeriesReview, CalendarSyncSummary } from '../../electron/core/calendars/types';
import type { MeetingDetail, MeetingListItem } from '../../electron/core/meetings/types';
import { mentorHealth } from '../../electron/core/mentors/health';
import { BERLIN_VTIMEZONE, calendar, type TestEvent } from '../helpers/calendars';
import { makeMentor } from '../helpers/factories/mentors';
import { createTestCore, ok, type TestCore } from '../helpers/store';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore({ clockStart: '2026-11-20T12:00:00.000Z' });
});
afterEach(() => core.dispose());

// Weekly 1:1 with Ada at 10:00 Berlin time from 5 October (CEST) across the end of summer time (CET):
// one instance excluded, one moved, one cancelled.
const adaSeries: TestEvent[] = [
  {
    uid: 'ada-weekly@example.org',
    summary: '1:1 Ada / me',
    start: '20261005T100000',
    end: '20261005T104500',
    tzid: 'Europe/Berlin',
    rrule: 'FREQ=WEEKLY;COUNT=12',
    exdates: ['20261130T100000'],
    location: 'https://meet.example.org/ada',
    organizer: 'me@example.com',
    attendees: ['me@example.com', 'ADA@example.org'],
  },
  { uid: 'ada-weekly@example.org', summary: '1:1 Ada / me (moved)', recurrenceId: '20261207T100000', start: '20261208T150000', end: '20261208T154500', tzid: 'Europe/Berlin', location: 'Café Einstein' },
  { uid: 'ada-weekly@example.org', summary: '1:1 Ada / me', recurrenceId: '20261214T100000', start: '20261214T100000', end: '20261214T104500', tzid: 'Europe/Berlin', status: 'CANCELLED' },
];
const grace: TestEvent = { uid: 'grace-1@example.org', summary: 'Coffee with Grace', start: '20261202T160000Z', end: '20261202T170000Z' };
// New York time named by TZID alone (no VTIMEZONE in the file): read as the IANA zone.
const alan: TestEvent = { uid: 'alan-1@example.org', summary: 'Sync with Alan', start: '20261201T090000', end: '20261201T093000', tzid: 'America/New_York' };
const dentist: TestEvent = { uid: 'dentist@example.org', summary: 'Dentist', start: '20261203T080000Z', end: '20261203T090000Z' };
const allDay = 'BEGIN:VEVENT\r\nUID:holiday@example.org\r\nDTSTAMP:20261101T000000Z\r\nDTSTART;VALUE=DATE:20261224\r\nSUMMARY:Ada birthday\r\nEND:VEVENT';

const work = (events: TestEvent[], extraEvents: string[] = []) =>
  calendar(events, { name: 'Work', extra: [BERLIN_VTIMEZONE, ...extraEvents] });
const importText = (text: string, fileName = 'work.ics') =>
  core.call('calendars.importFile', { fileName, text, timeZone: 'Europe/Berlin' });
const importOk = async (text: string) => {
  const result = await importText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as CalendarSyncSummary;
};
const review = () => ok<CalendarSeriesReview[]>(core, 'calendars.series', { decision: 'pending' });
const upcoming = async (mentorId: number) =>
  (await ok<MeetingListItem[]>(core, 'meetings.list', { scope: 'all', mentorId })).sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));

async function mentors() {
  const ada = await makeMentor(core, { name: 'Ada Lovelace', email: 'ada@example.org' });
  const graceM = await makeMentor(core, { name: 'Grace Hopper' });
  const alanM = await makeMentor(core, { name: 'Alan Turing' });
  return { ada, grace: graceM, alan: alanM };
}

describe('importing an .ics file', () => {
  it('matches series to mentors by attendee email, then by name, and waits for the user’s review', async () => {
    await mentors();
    const summary = await importOk(work([...adaSeries, grace, alan, dentist], [allDay]));
    expect(summary).toMatchObject({ sourceName: 'Work', series: 4, toReview: 3, meetingsPlanned: 0, contactsLogged: 0 });
    const pending = await review();
    expect(pending.map((s) => [s.summary, s.mentorName, s.matchedBy, s.events, s.past, s.upcoming])).toEqual([
      ['1:1 Ada / me', 'Ada Lovelace', 'email', 10, 7, 3],
      ['Sync with Alan', 'Alan Turing', 'name', 1, 0, 1],
      ['Coffee with Grace', 'Grace Hopper', 'name', 1, 0, 1],
    ]);
    expect(await ok<MeetingListItem[]>(core, 'meetings.list', { scope: 'all' })).toEqual([]);
  });

  it('turns an accepted series into planned meetings that keep its times across DST, and its past into contact', async () => {
    const { ada, alan: alanM } = await mentors();
    await importOk(work([...adaSeries, grace, alan, dentist]));
    const [adaReview, alanReview] = await review();
    expect(mentorHealth(core.store.db, core.clock.now(), { mentorId: ada.id })[0].status).toBe('never_met');
    const counts = await ok(core, 'calendars.decide', { seriesId: adaReview.seriesId, decision: 'accepted' });
    expect(counts).toEqual({ meetingsPlanned: 3, meetingsUpdated: 0, meetingsCancelled: 0, contactsLogged: 7 });
    const meetings = await upcoming(ada.id);
    expect(meetings.map((m) => [m.scheduledAt, m.durationMinutes, m.location, m.status])).toEqual([
      ['2026-11-23T09:00:00.000Z', 45, 'https://meet.example.org/ada', 'planned'],
      ['2026-12-08T14:00:00.000Z', 45, 'Café Einstein', 'planned'],
      ['2026-12-21T09:00:00.000Z', 45, 'https://meet.example.org/ada', 'planned'],
    ]);
    const contact = core.store.sqlite.prepare("SELECT occurred_at FROM interactions WHERE kind = 'calendar' ORDER BY occurred_at").pluck().all();
    // 10:00 in Berlin is 08:00 UTC in summer time (to 25 October) and 09:00 UTC after.
    expect(contact).toEqual([
      '2026-10-05T08:00:00.000Z',
      '2026-10-12T08:00:00.000Z',
      '2026-10-19T08:00:00.000Z',
      '2026-10-26T09:00:00.000Z',
      '2026-11-02T09:00:00.000Z',
      '2026-11-09T09:00:00.000Z',
      '2026-11-16T09:00:00.000Z',
    ]);
    const [health] = mentorHealth(core.store.db, core.clock.now(), { mentorId: ada.id });
    expect(health).toMatchObject({ lastContactAt: '2026-11-16T09:00:00.000Z', status: 'on_track' });

    await ok(core, 'calendars.decide', { seriesId: alanReview.seriesId, decision: 'accepted' });
    expect((await upcoming(alanM.id)).map((m) => m.scheduledAt)).toEqual(['2026-12-01T14:00:00.000Z']);
    expect((await review()).map((s) => s.summary)).toEqual(['Coffee with Grace']);
  });

  it('is idempotent: importing the same calendar again changes nothing', async () => {
    await mentors();
    const text = work([...adaSeries, grace, alan, dentist]);
    await importOk(text);
    for (const s of await review()) await ok(core, 'calendars.decide', { seriesId: s.seriesId, decision: 'accepted' });
    const before = core.snapshot();
    const again = await importOk(text);
    expect(again).toMatchObject({ meetingsPlanned: 0, meetingsUpdated: 0, meetingsCancelled: 0, contactsLogged: 0, toReview: 0 });
    const after = core.snapshot();
    // Only the refresh time of the calendar is new.
    expect({ ...after, calendar_sources: [] }).toEqual({ ...before, calendar_sources: [] });
  });

  it('follows the calendar: moved, cancelled and deleted events move, cancel or remove their meeting, never the user’s notes', async () => {
    const { ada, grace: graceM, alan: alanM } = await mentors();
    await importOk(work([...adaSeries, grace, alan, dentist]));
    const pending = await review();
    const bySummary = Object.fromEntries(pending.map((s) => [s.summary, s.seriesId]));
    await ok(core, 'calendars.decide', { seriesId: bySummary['1:1 Ada / me'], decision: 'accepted' });
    await ok(core, 'calendars.decide', { seriesId: bySummary['Sync with Alan'], decision: 'accepted' });
    await ok(core, 'calendars.decide', { seriesId: bySummary['Coffee with Grace'], decision: 'rejected' });
    const [nov23, dec8] = await upcoming(ada.id);
    await ok(core, 'meetings.saveNotes', { id: nov23.id, notes: 'Ask about the promotion packet' });

    core.clock.set('2026-11-21T12:00:00.000Z');
    const changed = [
      adaSeries[0],
      // 8 December moves again, to the 9th; 23 November is cancelled (it has notes).
      { ...adaSeries[1], start: '20261209T110000', end: '20261209T120000' },
      adaSeries[2],
      { uid: 'ada-weekly@example.org', summary: '1:1 Ada / me', recurrenceId: '20261123T100000', start: '20261123T100000', end: '20261123T104500', tzid: 'Europe/Berlin', status: 'CANCELLED' as const },
      grace,
      // Alan's event was deleted; a new series with Ada appeared.
      { uid: 'ada-lunch@example.org', summary: 'Lunch', start: '20261210T110000Z', end: '20261210T120000Z', attendees: ['ada@example.org'] },
    ];
    const summary = await importOk(work(changed));
    expect(summary).toMatchObject({ meetingsUpdated: 1, meetingsCancelled: 2, toReview: 1 });
    const meetings = await upcoming(ada.id);
    const cancelled = meetings.find((m) => m.id === nov23.id)!;
    expect(cancelled).toMatchObject({ status: 'cancelled' });
    const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: nov23.id });
    expect(detail.meeting.notes).toBe('Ask about the promotion packet');
    expect(meetings.find((m) => m.id === dec8.id)).toMatchObject({ scheduledAt: '2026-12-09T10:00:00.000Z', durationMinutes: 60, status: 'planned' });
    expect(await upcoming(alanM.id)).toEqual([]);
    expect(await upcoming(graceM.id)).toEqual([]);
    expect((await review()).map((s) => [s.summary, s.mentorName])).toEqual([['Lunch', 'Ada Lovelace']]);
    const rejected = await ok<CalendarSeriesReview[]>(core, 'calendars.series', { decision: 'rejected' });
    expect(rejected.map((s) => s.summary)).toEqual(['Coffee with Grace']);
  });

  it('takes back what a series made when the user changes their mind, keeping meetings with notes', async () => {
    const { ada } = await mentors();
    await importOk(work(adaSeries));
    const [adaReview] = await review();
    await ok(core, 'calendars.decide', { seriesId: adaReview.seriesId, decision: 'accepted' });
    const [first] = await upcoming(ada.id);
    await ok(core, 'meetings.saveNotes', { id: first.id, notes: 'Prepared questions' });
    await ok(core, 'calendars.decide', { seriesId: adaReview.seriesId, decision: 'rejected' });
    expect((await upcoming(ada.id)).map((m) => m.id)).toEqual([first.id]);
    expect(core.store.sqlite.prepare("SELECT count(*) FROM interactions WHERE kind = 'calendar'").pluck().get()).toBe(0);
  });

  it('refuses a malformed file with a sentence and changes nothing', async () => {
    await mentors();
    await importOk(work([grace]));
    const before = core.snapshot();
    for (const text of ['this is not a calendar', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\n', 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada\r\nEND:VCARD\r\n']) {
      const result = await importText(text);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('INVALID');
        expect(result.error.message).toMatch(/nothing was imported/);
      }
    }
    expect(core.snapshot()).toEqual(before);
  });
});
