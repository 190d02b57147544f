import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertManyMentors } from '../helpers/factories/mentors';
import { openBrowserApp, type BrowserApp } from './browser-app';

// Hundreds of mentors in the real renderer: only a window of rows is in the page, and sorting and
// scrolling still reach everyone. The time to first paint of the list is printed, not asserted.
const MENTORS = 400;
let app: BrowserApp;
beforeAll(async () => {
  app = await openBrowserApp({ runningClock: true });
  insertManyMentors(app.core, MENTORS, app.now().toISOString());
});
afterAll(async () => app?.close());

describe(`the mentor list with ${MENTORS} mentors (browser mode, Chromium)`, () => {
  it('renders a window of rows, sorts by health and scrolls to the last mentor', async () => {
    const { page } = app;
    const start = Date.now();
    await page.goto(`${app.server.url}#/mentors`);
    const list = page.getByRole('list', { name: 'Mentors' });
    await list.getByRole('link', { name: 'Scale Mentor 0001' }).waitFor();
    console.log(`[scale] ${MENTORS} mentors: list shown ${Date.now() - start} ms after navigation`);
    const rendered = await list.getByRole('listitem').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);

    await page.getByLabel('Sort by').selectOption('health');
    const first = list.getByRole('listitem').first();
    await first.getByRole('link', { name: 'Scale Mentor 0399' }).waitFor();
    expect(await first.getByText('Overdue').count()).toBe(1);

    await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
    // On track comes last; the most recently met mentor is the latest due, so the very end of the list.
    await list.getByRole('link', { name: 'Scale Mentor 0001' }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('lists the ten most overdue mentors on the dashboard and more on request, not hundreds of rows', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/`);
    const list = page.getByRole('list', { name: 'Overdue to reconnect' });
    await list.getByRole('link', { name: 'Scale Mentor 0399' }).waitFor();
    expect(await list.getByRole('listitem').count()).toBe(10);
    await page.getByRole('button', { name: /Show more \(10 of \d+ shown\)/ }).click();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(35);
    expect(app.pageErrors).toEqual([]);
  });
});
