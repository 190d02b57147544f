import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendar } from '../helpers/calendars';
import { ok } from '../helpers/store';
import { openBrowserApp, type BrowserApp } from './browser-app';

// A screen reader announces a status region's changes only if the region was there before the change:
// a region mounted together with its message is often silent. Each region is marked before the action
// and must be the same element that then says the result.
let app: BrowserApp;
let mentorId: number;
beforeAll(async () => {
  app = await openBrowserApp({ runningClock: true });
  mentorId = (await ok<{ id: number }>(app.core, 'mentors.create', { name: 'Ada Lovelace' })).id;
  await ok(app.core, 'meetings.schedule', { mentorId, scheduledAt: app.now().toISOString() });
});
afterAll(async () => app?.close());

const markAsPresent = (region: Locator) => region.evaluate((el) => (el.dataset.presentBefore = 'yes'));

describe('status messages in regions that are already there (browser mode, Chromium)', () => {
  it('says Downloaded in the export menu’s status region, present before the export', async () => {
    const { page, server } = app;
    await page.goto(`${server.url}#/mentors/${mentorId}`);
    const region = page.locator('.export-menu [role="status"]');
    await markAsPresent(region);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export meetings (download)' }).click();
    await download;
    await expect.poll(() => region.textContent()).toBe('Downloaded.');
    expect(await region.getAttribute('data-present-before')).toBe('yes');
  });

  it('says what a calendar import found in the status region present before the import', async () => {
    const { page, server } = app;
    await page.goto(`${server.url}#/meetings`);
    await page.getByLabel('Calendar file').waitFor({ state: 'attached' });
    const region = page.locator('.calendar-drop [role="status"]');
    expect(await region.count()).toBe(1);
    await markAsPresent(region);
    const ics = calendar([{ uid: 'catch-up@example.org', summary: 'Catch-up', start: '20261115T100000Z', end: '20261115T103000Z' }]);
    await page.getByLabel('Calendar file').setInputFiles({ name: 'work.ics', mimeType: 'text/calendar', buffer: Buffer.from(ics) });
    await expect.poll(() => region.textContent()).toMatch(/^Read 1 event from “/);
    expect(await region.getAttribute('data-present-before')).toBe('yes');
    expect(app.pageErrors).toEqual([]);
  });
});
