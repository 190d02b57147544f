import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendar } from '../helpers/calendars';
import { ok } from '../helpers/store';
import { openBrowserApp, type BrowserApp } from './browser-app';
import { expectFocus, focusedTag } from './keyboard';

// Where focus goes after the actions the journey test does not take, and what a screen reader hears there.
let app: BrowserApp;
const ids: Record<string, number> = {};
beforeAll(async () => {
  app = await openBrowserApp({ runningClock: true });
  const mentor = await ok<{ id: number }>(app.core, 'mentors.create', { name: 'Ada Lovelace', email: 'ada@example.org' });
  const meeting = await ok<{ id: number }>(app.core, 'meetings.schedule', { mentorId: mentor.id, scheduledAt: new Date(app.now().getTime() - 3_600_000).toISOString() });
  await ok(app.core, 'meetings.markHeld', { id: meeting.id });
  Object.assign(ids, { mentor: mentor.id, meeting: meeting.id });
});
afterAll(async () => app?.close());

const description = (app: BrowserApp) =>
  app.page.evaluate(() =>
    (document.activeElement?.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim(),
  );

describe('focus after actions, and what it announces (browser mode, Chromium)', () => {
  it('focuses the first field with an error, which describes itself with that error', async () => {
    const { page, server } = app;
    await page.goto(`${server.url}#/mentors/new`);
    await page.getByLabel('Email').fill('not an email');
    await page.getByRole('button', { name: 'Save' }).click();
    await expectFocus(page, 'Name');
    expect(await description(app)).toContain('Name is required.');
    await page.keyboard.type('Grace Hopper');
    await page.getByRole('button', { name: 'Save' }).click();
    await expectFocus(page, 'Email');
    expect(await description(app)).toContain('That email address does not look right.');
    expect(app.core.snapshot().mentors).toHaveLength(1);
  });

  it('puts the Reminders button in the navigation’s tab order, right after the last page', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).focus();
    await page.keyboard.press('Tab');
    await expectFocus(page, /^Reminders/);
    expect(await page.evaluate(() => !!document.activeElement?.closest('nav'))).toBe(true);
  });

  it('leaves focus on the page’s heading after choosing a page in the command palette', async () => {
    const { page } = app;
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Goals');
    await page.getByRole('option', { name: /Goals/ }).first().waitFor();
    await page.keyboard.press('Enter');
    await expectFocus(page, 'Goals');
    expect(await focusedTag(page)).toBe('h1');
  });

  it('asks before Escape drops a new commitment, then lands on the commitment made, or back on New commitment', async () => {
    const { page, server } = app;
    await page.goto(`${server.url}#/follow-ups`);
    await page.getByRole('button', { name: 'New commitment' }).click();
    await expectFocus(page, 'I will…');
    await page.keyboard.type('Book the offsite');
    await page.keyboard.press('Escape');
    await expectFocus(page, 'Keep editing');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'I will…');
    await page.keyboard.press('Control+Enter');
    await expectFocus(page, 'Book the offsite');
    expect(await focusedTag(page)).toBe('li');

    await page.getByRole('button', { name: 'New commitment' }).click();
    await page.getByRole('form', { name: 'New commitment' }).getByRole('button', { name: 'Cancel' }).click();
    await expectFocus(page, 'New commitment');
    expect(await focusedTag(page)).toBe('button');
  });

  it('keeps focus in a list when a row leaves it: on the next row’s same button, then on the section heading', async () => {
    const { page, server, core } = app;
    for (const note of ['First call', 'Second call']) await ok(core, 'interactions.log', { mentorId: ids.mentor, kind: 'call', occurredAt: app.now().toISOString(), note });
    await page.goto(`${server.url}#/mentors/${ids.mentor}`);
    const interactions = page.locator('.section', { has: page.getByRole('heading', { level: 2, name: 'Interactions' }) });
    await interactions.getByText('Second call').waitFor();
    await interactions.getByRole('button', { name: /^Remove Call/ }).first().click();
    await expect.poll(() => interactions.getByRole('button', { name: /^Remove Call/ }).count()).toBe(1);
    await expectFocus(page, /^Remove Call/);
    await page.keyboard.press('Enter');
    await interactions.getByText('No calls or messages logged.', { exact: false }).waitFor();
    await expectFocus(page, 'Interactions');

    const planned = await ok<{ id: number }>(core, 'meetings.schedule', { mentorId: ids.mentor, scheduledAt: new Date(app.now().getTime() + 86_400_000).toISOString() });
    for (const text of ['Hiring', 'Budget']) await ok(core, 'agenda.add', { meetingId: planned.id, text });
    await page.goto(`${server.url}#/meetings/${planned.id}`);
    const agenda = page.getByRole('list', { name: 'Agenda items' });
    await agenda.getByRole('button', { name: 'To backlog' }).first().click();
    await expect.poll(() => agenda.getByRole('button', { name: 'To backlog' }).count()).toBe(1);
    await expectFocus(page, 'To backlog');
    await page.getByRole('button', { name: 'Delete “Budget”' }).click();
    await expect.poll(() => agenda.locator('li').count()).toBe(0);
    await expectFocus(page, /^Agenda/);
  });

  it('after Mark held lands on the follow-up email, after Cancel meeting on the page heading', async () => {
    const { page, server, core } = app;
    const at = new Date(app.now().getTime() + 2 * 86_400_000).toISOString();
    const toHold = await ok<{ id: number }>(core, 'meetings.schedule', { mentorId: ids.mentor, scheduledAt: at });
    await page.goto(`${server.url}#/meetings/${toHold.id}`);
    await page.getByRole('button', { name: 'Mark held' }).focus();
    await page.keyboard.press('Enter');
    await expectFocus(page, 'Follow-up email…');

    const toCancel = await ok<{ id: number }>(core, 'meetings.schedule', { mentorId: ids.mentor, scheduledAt: at });
    await page.goto(`${server.url}#/meetings/${toCancel.id}`);
    await page.getByRole('button', { name: 'Cancel meeting' }).focus();
    await page.keyboard.press('Enter');
    await expectFocus(page, 'Meeting with Ada Lovelace');
    expect(await focusedTag(page)).toBe('h1');
  });

  it('after removing a calendar in Settings, lands on the Calendars group instead of <body>', async () => {
    const { page, server, core } = app;
    const ics = calendar([{ uid: 'x@example.org', summary: 'Catch-up', start: '20261115T100000Z', end: '20261115T103000Z' }]);
    await ok(core, 'calendars.importFile', { fileName: 'work.ics', text: ics, timeZone: 'UTC' });
    await page.goto(`${server.url}#/settings`);
    const calendars = page.getByRole('list', { name: 'Your calendars' });
    await calendars.getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('dialog', { name: /^Stop following/ }).getByRole('button', { name: 'Remove calendar' }).click();
    await calendars.waitFor({ state: 'detached' });
    await expectFocus(page, 'Calendars');
  });

  it('follows a status change to the button that now takes its place: Mark achieved → Reopen, Archive → Restore', async () => {
    const { page, server, core } = app;
    const goal = await ok<{ id: number }>(core, 'goals.create', { title: 'Lead a team' });
    await page.goto(`${server.url}#/goals/${goal.id}`);
    await page.getByRole('button', { name: 'Mark achieved' }).focus();
    await page.keyboard.press('Enter');
    await expectFocus(page, 'Reopen');

    const grace = await ok<{ id: number }>(core, 'mentors.create', { name: 'Grace Hopper' });
    await page.goto(`${server.url}#/mentors/${grace.id}`);
    await page.getByRole('button', { name: 'Archive' }).focus();
    await page.keyboard.press('Enter');
    await expectFocus(page, 'Restore');
  });

  it('returns focus to the button that opened an email draft when it closes', async () => {
    const { page, server } = app;
    await page.goto(`${server.url}#/meetings/${ids.meeting}`);
    await page.getByRole('button', { name: 'Follow-up email…' }).click();
    await page.getByRole('dialog', { name: 'Follow-up email' }).getByLabel('Message').waitFor();
    await page.keyboard.press('Escape');
    await expectFocus(page, 'Follow-up email…');

    await page.goto(`${server.url}#/mentors/${ids.mentor}`);
    await page.getByRole('button', { name: 'Progress update…' }).click();
    const update = page.getByRole('dialog', { name: 'Progress update' });
    await update.getByLabel('Message').waitFor();
    await update.getByRole('button', { name: 'Close' }).click();
    await expectFocus(page, 'Progress update…');
    expect(app.pageErrors).toEqual([]);
  });
});
