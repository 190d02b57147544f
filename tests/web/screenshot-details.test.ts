import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../electron/core/zoned-time';
import { ok } from '../helpers/store';
import { browserToday, openBrowserApp, type BrowserApp } from './browser-app';
import { expectFocus } from './keyboard';

// Details first seen in screenshots of the running app, kept from coming back.
let app: BrowserApp;
const ids: Record<string, number> = {};
beforeAll(async () => {
  app = await openBrowserApp({ runningClock: true });
  const { core } = app;
  const mentor = await ok<{ id: number }>(core, 'mentors.create', { name: 'Ada Lovelace' });
  const held = await ok<{ id: number }>(core, 'meetings.schedule', { mentorId: mentor.id, scheduledAt: new Date(app.now().getTime() - 7 * 86_400_000).toISOString() });
  await ok(core, 'meetings.saveNotes', { id: held.id, notes: '# Hiring\nHire for slope.\n## Next\nMeet again.' });
  await ok(core, 'meetings.markHeld', { id: held.id });
  const planned = await ok<{ id: number }>(core, 'meetings.schedule', { mentorId: mentor.id, scheduledAt: new Date(app.now().getTime() + 3 * 86_400_000).toISOString() });
  await ok(core, 'commitments.create', { title: 'Send the deck', mentorId: mentor.id, dueDate: addDays(browserToday(app.now()), -3) });
  Object.assign(ids, { mentor: mentor.id, held: held.id, planned: planned.id });
});
afterAll(async () => app?.close());

const headingsIn = (where: Locator) =>
  where.evaluate((el) => [...el.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.tagName.toLowerCase()} ${h.textContent}`));

describe('details seen in screenshots (browser mode, Chromium)', () => {
  it('marks an overdue commitment on the mentor page', async () => {
    const { page, server } = app;
    await page.goto(`${server.url}#/mentors/${ids.mentor}`);
    const row = page.locator('li', { has: page.getByRole('link', { name: 'Send the deck' }) });
    await row.locator('.badge.red', { hasText: 'overdue' }).waitFor();
  });

  it('nests headings from the notes under the page’s own, in the preview and the prep brief', async () => {
    const { page, server } = app;
    await page.goto(`${server.url}#/meetings/${ids.held}`);
    await page.locator('.notes-preview').getByText('Hire for slope.').waitFor();
    expect(await headingsIn(page.locator('.notes-preview'))).toEqual(['h3 Hiring', 'h4 Next']);
    await page.goto(`${server.url}#/meetings/${ids.planned}/prep`);
    const lastTime = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Last time' }) });
    await lastTime.getByText('Hire for slope.').waitFor();
    expect((await headingsIn(lastTime)).slice(0, 3)).toEqual(['h2 Last time', 'h3 Hiring', 'h4 Next']);
  });

  it('offers no way to add to the agenda of a held meeting', async () => {
    const { page, server } = app;
    await page.goto(`${server.url}#/meetings/${ids.held}`);
    await page.getByRole('heading', { level: 1, name: 'Meeting with Ada Lovelace' }).waitFor();
    await page.locator('.notes-preview').getByText('Hire for slope.').waitFor();
    expect(await page.getByRole('button', { name: /Add to agenda/ }).count()).toBe(0);
    expect(await page.getByLabel('Talking point').count()).toBe(0);
  });

  it('starts each new talking point at the usual minutes and priority, not the last one’s', async () => {
    const { page, server } = app;
    await page.goto(`${server.url}#/meetings/${ids.planned}`);
    const form = page.locator('form').filter({ has: page.getByLabel('Talking point') }).filter({ has: page.getByRole('button', { name: 'Add to agenda', exact: true }) });
    await form.getByLabel('Talking point').fill('How do I hire well?');
    await form.getByLabel('Minutes').fill('20');
    await form.getByLabel('Priority').selectOption('high');
    await form.getByRole('button', { name: 'Add to agenda', exact: true }).click();
    await page.getByRole('list', { name: 'Agenda items' }).getByText('How do I hire well?').waitFor();
    await expectFocus(page, 'Talking point');
    expect(await form.getByLabel('Minutes').inputValue()).toBe('5');
    expect(await form.getByLabel('Priority').inputValue()).toBe('normal');
  });

  it('keeps the agenda over-run warning’s box in forced colours, where its background is dropped', async () => {
    const { page, server, core } = app;
    await ok(core, 'agenda.add', { meetingId: ids.planned, text: 'A long story', minutes: 90 });
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${server.url}#/meetings/${ids.planned}`);
    const warning = page.locator('.warning[role="alert"]');
    await warning.waitFor();
    expect(await warning.evaluate((el) => [getComputedStyle(el).borderTopStyle, getComputedStyle(el).borderTopWidth])).toEqual(['solid', '2px']);
    await page.emulateMedia({ forcedColors: 'none' });
  });

  it('plans a meeting for the agreement’s session length, and says why', async () => {
    const { page, server, core } = app;
    const grace = await ok<{ id: number }>(core, 'mentors.create', { name: 'Grace Hopper', agreementSessionLength: 'An hour, every other Friday' });
    await page.goto(`${server.url}#/meetings/new?mentorId=${grace.id}`);
    await expect.poll(() => page.getByLabel('Length (minutes)').inputValue()).toBe('60');
    await page.getByText('Your agreement with Grace Hopper: An hour, every other Friday.').waitFor();
  });

  it('asks the agreement’s short answers in one-line fields', async () => {
    const { page, server } = app;
    await page.goto(`${server.url}#/mentors/${ids.mentor}/edit`);
    for (const label of ['How often we meet', 'How long each session is', 'What we focus on', 'What stays confidential']) {
      expect(await page.getByLabel(label).evaluate((el) => el.tagName.toLowerCase())).toBe('input');
    }
    expect(app.pageErrors).toEqual([]);
  });
});
