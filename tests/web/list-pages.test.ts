import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Goal } from '../../electron/core/goals/types';
import type { Mentor } from '../../electron/core/mentors/types';
import { insertAgendaItem } from '../helpers/factories/goals';
import { insertMeeting } from '../helpers/factories/mentors';
import { ok } from '../helpers/store';
import { openBrowserApp, type BrowserApp } from './browser-app';

// Years of meetings on one goal and one mentor: the pages show a page of rows and link to the rest.
const MEETINGS = 60;
let app: BrowserApp;
let goal: Goal;
let mentor: Mentor;
beforeAll(async () => {
  app = await openBrowserApp({ runningClock: true });
  mentor = await ok<Mentor>(app.core, 'mentors.create', { name: 'Grace Hopper' });
  goal = await ok<Goal>(app.core, 'goals.create', { title: 'Negotiate better' });
  const sqlite = app.core.store.sqlite;
  sqlite.transaction(() => {
    for (let i = 1; i <= MEETINGS; i++) {
      const at = new Date(app.now().getTime() - i * 7 * 86_400_000).toISOString();
      const meetingId = insertMeeting(app.core, mentor.id, at);
      const item = insertAgendaItem(app.core, { mentorId: mentor.id, goalId: goal.id });
      sqlite.prepare('UPDATE agenda_items SET meeting_id = ? WHERE id = ?').run(meetingId, item);
    }
  })();
});
afterAll(async () => app?.close());

describe('long histories are paged (browser mode, Chromium)', () => {
  it('shows the goal’s latest 25 meetings and links to all of them, which the meetings list pages through', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/goals/${goal.id}`);
    const meetings = page.locator('.section', { has: page.getByRole('heading', { name: 'Meetings' }) });
    await meetings.getByRole('link', { name: `See all ${MEETINGS} meetings` }).waitFor();
    expect(await meetings.getByRole('listitem').count()).toBe(25);
    await meetings.getByRole('link', { name: `See all ${MEETINGS} meetings` }).click();
    const past = page.locator('.section', { has: page.getByRole('heading', { name: 'Past' }) });
    await past.getByRole('listitem').first().waitFor();
    expect(await past.getByRole('listitem').count()).toBe(25);
    await past.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => past.getByRole('listitem').count()).toBe(50);
    await past.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => past.getByRole('listitem').count()).toBe(MEETINGS);
    expect(await past.getByRole('button', { name: 'Show more' }).count()).toBe(0);
  });

  it('shows the mentor’s latest 20 meetings and links to the rest', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/mentors/${mentor.id}`);
    const link = page.getByRole('link', { name: `See all ${MEETINGS} meetings` });
    await link.waitFor();
    expect(await page.locator('li').count()).toBeLessThanOrEqual(100);
    await link.click();
    await page.waitForURL(new RegExp(`mentorId=${mentor.id}`));
    expect(app.pageErrors).toEqual([]);
  });
});
