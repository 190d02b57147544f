import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BERLIN_VTIMEZONE, calendar, type TestEvent } from '../helpers/calendars';
import { ok } from '../helpers/store';
import { openBrowserApp, type BrowserApp } from './browser-app';

// A Berlin user with a German locale: calendar times must show in their zone, across the DST change.
let app: BrowserApp;
let page: Page;
let adaId: number;
beforeAll(async () => {
  app = await openBrowserApp({ clockStart: '2026-11-20T12:00:00.000Z', pageClock: true });
  const context = await app.browser.newContext({ timezoneId: 'Europe/Berlin', locale: 'de-DE' });
  page = await context.newPage();
  page.on('pageerror', (error) => app.pageErrors.push(error.message));
  adaId = (await ok<{ id: number }>(app.core, 'mentors.create', { name: 'Ada Lovelace', email: 'ada@example.org', keepInTouchCadenceDays: 30 })).id;
});
afterAll(async () => app?.close());

const weekly: TestEvent[] = [
  {
    uid: 'ada-weekly@example.org',
    summary: '1:1 Ada',
    start: '20261005T100000',
    end: '20261005T104500',
    tzid: 'Europe/Berlin',
    rrule: 'FREQ=WEEKLY;COUNT=10',
    location: 'Café Einstein',
    attendees: ['ada@example.org'],
  },
  { uid: 'dentist@example.org', summary: 'Dentist', start: '20261203T080000Z', end: '20261203T090000Z' },
];
const ICS = calendar(weekly, { name: 'Work', extra: [BERLIN_VTIMEZONE] });

async function dropFile(target: string, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'text/calendar' }));
      return transfer;
    },
    [name, text],
  );
  await page.dispatchEvent(target, 'drop', { dataTransfer });
}

describe('calendar import in the browser (Chromium, Europe/Berlin, de-DE)', () => {
  it('imports a file from the Meetings page and asks about the matched series', async () => {
    await page.goto(`${app.server.url}#/meetings`);
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    await page.getByLabel('Calendar file').setInputFiles({ name: 'work.ics', mimeType: 'text/calendar', buffer: Buffer.from(ICS) });
    await page.getByRole('status').filter({ hasText: 'Read 11 events from “Work”.' }).waitFor();
    const card = page.getByTestId('calendar-series');
    await card.filter({ hasText: '10 events “1:1 Ada” look like meetings with Ada Lovelace' }).waitFor();
    expect(await card.textContent()).toContain('their email is on the invitation');
    expect(await card.count()).toBe(1);
  });

  it('turns the accepted series into planned meetings in the user’s zone and resets the mentor’s health', async () => {
    await page.getByRole('button', { name: 'Yes, meetings with Ada Lovelace' }).click();
    await page.getByTestId('calendar-series').waitFor({ state: 'detached' });
    // 7 past Mondays (5 Oct – 16 Nov) are contact; 23 Nov, 30 Nov, 7 Dec are planned, at 10:00 Berlin time, in German.
    for (const when of ['Mo., 23. Nov. 2026, 10:00', 'Mo., 30. Nov. 2026, 10:00', 'Mo., 7. Dez. 2026, 10:00']) {
      await page.getByRole('link', { name: when }).waitFor();
    }
    await page.goto(`${app.server.url}#/mentors/${adaId}`);
    await page.getByText('Last contact Mo., 16. Nov. 2026, 10:00').waitFor();
    expect(await page.getByText('On track').first().isVisible()).toBe(true);
  });

  it('re-importing by drag and drop adds nothing twice', async () => {
    await page.goto(`${app.server.url}#/meetings`);
    await page.getByTestId('calendar-drop').waitFor();
    const before = app.core.snapshot();
    await dropFile('[data-testid="calendar-drop"]', 'work.ics', ICS);
    await page.getByRole('status').filter({ hasText: 'Nothing new for your mentors.' }).waitFor();
    expect({ ...app.core.snapshot(), calendar_sources: [] }).toEqual({ ...before, calendar_sources: [] });
  });

  it('subscribes to a calendar address from Settings → Calendars', async () => {
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/calendar' });
      res.end(calendar([{ uid: 'lunch@example.org', summary: 'Lunch', start: '20261210T110000Z', end: '20261210T120000Z', attendees: ['ada@example.org'] }], { name: 'Shared' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await page.goto(`${app.server.url}#/settings`);
      const form = page.getByRole('form', { name: 'Subscribe to a calendar' });
      await form.getByLabel('Calendar address', { exact: true }).fill(`http://127.0.0.1:${(server.address() as AddressInfo).port}/shared.ics`);
      await form.getByRole('button', { name: 'Subscribe' }).click();
      await form.getByRole('status').filter({ hasText: 'Read 1 event from “Shared”. 1 series looks like mentor meetings' }).waitFor();
      await page.getByRole('list', { name: 'Your calendars' }).getByText('Subscribed (ICS address)').waitFor();
      await page.getByRole('button', { name: 'Read now' }).click();
      await page.getByRole('button', { name: 'Read now' }).isEnabled();
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('shows the feed’s tokened address in browser mode, where a calendar app can read the planned meetings', async () => {
    await page.goto(`${app.server.url}#/settings`);
    const address = (await page.getByTestId('feed-address').textContent())!;
    expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/calendar\/[A-Za-z0-9_-]+\/mentor-planner\.ics$/);
    const feed = await (await fetch(address)).text();
    expect(feed).toContain('SUMMARY:Mentor meeting: Ada Lovelace');
    expect(feed).toContain('DESCRIPTION:Prepare for Ada Lovelace');
  });

  it('says in a sentence when a dropped file is not a calendar', async () => {
    await page.goto(`${app.server.url}#/meetings`);
    await page.getByTestId('calendar-drop').waitFor();
    await dropFile('[data-testid="calendar-drop"]', 'notes.ics', 'hello, this is not a calendar');
    await page.getByRole('alert').filter({ hasText: 'nothing was imported' }).waitFor();
    expect(app.pageErrors.filter((e) => !e.includes('400'))).toEqual([]);
  });
});
