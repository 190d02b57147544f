import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { calendarUrl } from '../../electron/core/calendars/remote';
import type { RefreshReport } from '../../electron/core/calendars/subscriptions';
import type { CalendarSeriesReview, CalendarSource, CalendarSyncSummary } from '../../electron/core/calendars/types';
import type { MeetingListItem } from '../../electron/core/meetings/types';
import { BERLIN_VTIMEZONE, calendar, type TestEvent } from '../helpers/calendars';
import { makeMentor } from '../helpers/factories/mentors';
import { freePort, startRadicale, type Radicale } from '../helpers/radicale';
import { createTestCore, ok, type TestCore } from '../helpers/store';

let radicale: Radicale;
let core: TestCore;
let collection = 0;
beforeAll(async () => {
  radicale = await startRadicale();
}, 30_000);
afterAll(async () => radicale?.stop());
beforeEach(async () => {
  core = await createTestCore({ clockStart: '2026-11-20T12:00:00.000Z' });
});
afterEach(() => core.dispose());

const one = (e: TestEvent | TestEvent[]) => calendar(Array.isArray(e) ? e : [e], { extra: [BERLIN_VTIMEZONE] });
const weekly: TestEvent = {
  uid: 'weekly-ada',
  summary: 'Mentoring',
  start: '20261102T100000',
  end: '20261102T110000',
  tzid: 'Europe/Berlin',
  rrule: 'FREQ=WEEKLY;COUNT=8',
  organizer: 'me@example.com',
  attendees: ['ada@example.org'],
};
const grace: TestEvent = { uid: 'grace-coffee', summary: 'Coffee with Grace', start: '20261203T150000Z', end: '20261203T153000Z' };

async function newCalendar(events: Record<string, string>) {
  collection += 1;
  const path = `${radicale.username}/work-${collection}/`;
  await radicale.makeCalendar(path);
  for (const [name, ics] of Object.entries(events)) await radicale.put(`${path}${name}.ics`, ics);
  return { path, url: `${radicale.url}${path}` };
}
const subscribeCalDav = (url: string, extra: Record<string, unknown> = {}) =>
  core.call('calendars.subscribe', { kind: 'caldav', url, username: radicale.username, password: radicale.password, timeZone: 'Europe/Berlin', ...extra });
const meetingsOf = async (mentorId: number) =>
  (await ok<MeetingListItem[]>(core, 'meetings.list', { scope: 'all', mentorId })).sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
const acceptAll = async () => {
  for (const s of await ok<CalendarSeriesReview[]>(core, 'calendars.series', { decision: 'pending' })) {
    await ok(core, 'calendars.decide', { seriesId: s.seriesId, decision: 'accepted' });
  }
};

describe('a CalDAV calendar on a real server (radicale)', () => {
  it('subscribes, matches by attendee and name, and follows moves, cancelled instances and deletions', async () => {
    const ada = await makeMentor(core, { name: 'Ada Lovelace', email: 'ada@example.org' });
    const graceM = await makeMentor(core, { name: 'Grace Hopper' });
    const { path, url } = await newCalendar({ weekly: one(weekly), grace: one(grace) });
    const result = await subscribeCalDav(url);
    expect(result.ok).toBe(true);
    expect((result as { value: CalendarSyncSummary }).value).toMatchObject({ series: 2, toReview: 2, events: 9 });
    await acceptAll();
    // 2, 9, 16 Nov are past (contact); 23, 30 Nov and 7, 14, 21 Dec are planned at 10:00 Berlin (09:00 UTC).
    expect((await meetingsOf(ada.id)).map((m) => m.scheduledAt)).toEqual([
      '2026-11-23T09:00:00.000Z',
      '2026-11-30T09:00:00.000Z',
      '2026-12-07T09:00:00.000Z',
      '2026-12-14T09:00:00.000Z',
      '2026-12-21T09:00:00.000Z',
    ]);
    expect((await meetingsOf(graceM.id)).map((m) => m.scheduledAt)).toEqual(['2026-12-03T15:00:00.000Z']);

    // In the calendar: 30 Nov moves to 1 Dec 14:00, 7 Dec is cancelled, 21 Dec is excluded; Grace's coffee is deleted.
    await radicale.put(
      `${path}weekly.ics`,
      one([
        { ...weekly, exdates: ['20261221T100000'], sequence: 1 },
        { uid: 'weekly-ada', summary: 'Mentoring', recurrenceId: '20261130T100000', start: '20261201T140000', end: '20261201T150000', tzid: 'Europe/Berlin', sequence: 1 },
        { uid: 'weekly-ada', summary: 'Mentoring', recurrenceId: '20261207T100000', start: '20261207T100000', end: '20261207T110000', tzid: 'Europe/Berlin', status: 'CANCELLED', sequence: 1 },
      ]),
    );
    await radicale.remove(`${path}grace.ics`);
    const [source] = await ok<CalendarSource[]>(core, 'calendars.sources');
    const report = await ok<RefreshReport>(core, 'calendars.refresh', { id: source.id, timeZone: 'Europe/Berlin' });
    expect(report.refreshed[0]).toMatchObject({ meetingsUpdated: 1, meetingsCancelled: 3 });
    expect((await meetingsOf(ada.id)).map((m) => [m.scheduledAt, m.status])).toEqual([
      ['2026-11-23T09:00:00.000Z', 'planned'],
      ['2026-12-01T13:00:00.000Z', 'planned'],
      ['2026-12-07T09:00:00.000Z', 'cancelled'],
      ['2026-12-14T09:00:00.000Z', 'planned'],
    ]);
    expect(await meetingsOf(graceM.id)).toEqual([]);
    // A second refresh of the unchanged calendar changes nothing.
    const before = core.snapshot();
    await ok(core, 'calendars.refresh', { timeZone: 'Europe/Berlin' });
    expect({ ...core.snapshot(), calendar_sources: [] }).toEqual({ ...before, calendar_sources: [] });
  });

  it('refuses a wrong password with a sentence and keeps nothing', async () => {
    const { url } = await newCalendar({ grace: one(grace) });
    const before = core.snapshot();
    const result = await subscribeCalDav(url, { password: 'wrong' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(!result.ok && result.error.message).toMatch(/did not accept that user name and password/);
    expect(core.snapshot()).toEqual(before);
  });

  it('keeps the password only for the session in browser mode, in the database only when the user opts in', async () => {
    const { url } = await newCalendar({ grace: one(grace) });
    await ok(core, 'calendars.subscribe', { kind: 'caldav', url, username: radicale.username, password: radicale.password, timeZone: 'UTC' });
    await ok(core, 'calendars.subscribe', { kind: 'caldav', url, name: 'Kept', username: radicale.username, password: radicale.password, rememberPassword: true, timeZone: 'UTC' });
    const sources = await ok<CalendarSource[]>(core, 'calendars.sources');
    expect(sources.map((s) => [s.name, s.password])).toEqual([
      ['Kept', 'database'],
      [`${radicale.username}/work-${collection}`, 'session'],
    ]);
    const rows = core.store.sqlite.prepare('SELECT password_encrypted, password_unencrypted FROM calendar_sources ORDER BY id').all();
    expect(rows).toEqual([
      { password_encrypted: null, password_unencrypted: null },
      { password_encrypted: null, password_unencrypted: radicale.password },
    ]);
  });

  it('keeps only the keychain-encrypted password where the shell has a keychain, and reads with it', async () => {
    const seal = (text: string) => Buffer.from(Buffer.from(text, 'utf8').map((b) => b ^ 0x5a)).toString('base64');
    const unseal = (blob: string) => Buffer.from(Buffer.from(blob, 'base64').map((b) => b ^ 0x5a)).toString('utf8');
    core.ctx.platform = { keychain: { encrypt: seal, decrypt: unseal } };
    const mentor = await makeMentor(core, { name: 'Grace Hopper' });
    const { path, url } = await newCalendar({ grace: one(grace) });
    await ok(core, 'calendars.subscribe', { kind: 'caldav', url, username: radicale.username, password: radicale.password, rememberPassword: true, timeZone: 'UTC' });
    const stored = core.store.sqlite.prepare('SELECT * FROM calendar_sources').get() as Record<string, unknown>;
    expect(stored.password_encrypted).toBe(seal(radicale.password));
    expect(stored.password_unencrypted).toBeNull();
    expect(JSON.stringify(core.snapshot())).not.toContain(radicale.password);
    await acceptAll();
    await radicale.put(`${path}grace.ics`, one({ ...grace, start: '20261204T150000Z', end: '20261204T160000Z' }));
    await ok(core, 'calendars.refresh', { timeZone: 'UTC' });
    expect((await meetingsOf(mentor.id)).map((m) => [m.scheduledAt, m.durationMinutes])).toEqual([['2026-12-04T15:00:00.000Z', 60]]);
  });
});

describe('an ICS address (served by a local HTTP server)', () => {
  let served = '';
  let status = 200;
  let server: http.Server;
  let base = '';
  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      res.writeHead(status, { 'Content-Type': 'text/calendar' });
      res.end(status === 200 ? served : 'gone');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('subscribes and follows the served calendar; a failed refresh is kept as a sentence', async () => {
    const mentor = await makeMentor(core, { name: 'Grace Hopper' });
    served = calendar([grace], { name: 'Shared' });
    const summary = await ok<CalendarSyncSummary>(core, 'calendars.subscribe', { kind: 'ics_url', url: `${base}/shared.ics`, timeZone: 'UTC' });
    expect(summary).toMatchObject({ sourceName: 'Shared', toReview: 1 });
    await acceptAll();
    served = calendar([{ ...grace, status: 'CANCELLED' }], { name: 'Shared' });
    await ok(core, 'calendars.refresh', { timeZone: 'UTC' });
    expect((await meetingsOf(mentor.id)).map((m) => m.status)).toEqual(['cancelled']);
    status = 404;
    const report = await ok<RefreshReport>(core, 'calendars.refresh', { timeZone: 'UTC' });
    expect(report.failed[0].message).toMatch(/answered “404 Not Found”/);
    const [source] = await ok<CalendarSource[]>(core, 'calendars.sources');
    expect(source.lastError).toMatch(/404/);
    status = 200;
  });

  it('says so when the address cannot be reached, and reads webcal:// as https://', async () => {
    const port = await freePort();
    const result = await core.call('calendars.subscribe', { kind: 'ics_url', url: `http://127.0.0.1:${port}/x.ics`, timeZone: 'UTC' });
    expect(!result.ok && result.error.message).toMatch(/could not reach the calendar at 127\.0\.0\.1/);
    expect(calendarUrl('webcal://calendar.example.org/feed.ics').href).toBe('https://calendar.example.org/feed.ics');
    expect(await ok(core, 'calendars.sources')).toEqual([]);
  });
});
