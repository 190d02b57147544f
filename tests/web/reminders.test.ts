import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../electron/core/zoned-time';
import { ok } from '../helpers/store';
import { browserToday, openBrowserApp, type BrowserApp } from './browser-app';

let app: BrowserApp;
beforeAll(async () => {
  app = await openBrowserApp({ runningClock: true });
  await ok(app.core, 'settings.update', { reminders: { quietHoursEnabled: false } });
  const yesterday = addDays(browserToday(app.now()), -1);
  await ok(app.core, 'commitments.create', { title: 'Thank Grace for the intro', dueDate: yesterday });
  await ok(app.core, 'mentors.create', { name: 'Ada Lovelace' });
});
afterAll(async () => app?.close());

describe('reminders in browser mode (Chromium)', () => {
  it('lists due reminders in the reminder center and records them as delivered once', async () => {
    const { page, core } = app;
    await page.goto(app.server.url);
    await page.getByRole('button', { name: 'Reminders (1)' }).click();
    const panel = page.getByRole('dialog', { name: 'Reminders' });
    await panel.getByRole('link', { name: 'Due: Thank Grace for the intro' }).waitFor();
    await expect.poll(() => core.store.sqlite.prepare('SELECT count(*) AS n FROM reminder_log').get()).toEqual({ n: 1 });
    await page.reload();
    await page.getByRole('button', { name: 'Reminders (1)' }).waitFor();
    expect(core.store.sqlite.prepare('SELECT count(*) AS n FROM reminder_log').get()).toEqual({ n: 1 });
  });

  it('snoozes a reminder until tomorrow', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Reminders (1)' }).click();
    await page.getByRole('button', { name: 'Snooze until tomorrow' }).click();
    await page.getByRole('button', { name: 'Reminders', exact: true }).waitFor();
  });

  it('dismisses a reminder for good', async () => {
    const { page, core } = app;
    const yesterday = addDays(browserToday(app.now()), -1);
    await ok(core, 'commitments.create', { title: 'Share the notes with Ada', dueDate: yesterday });
    await page.reload();
    await page.getByRole('button', { name: 'Reminders (1)' }).click();
    await page.getByRole('button', { name: 'Dismiss: Due: Share the notes with Ada' }).click();
    await page.getByRole('button', { name: 'Reminders', exact: true }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Reminders', exact: true }).waitFor();
    expect(core.store.sqlite.prepare("SELECT count(*) AS n FROM reminder_log WHERE dismissed_at LIKE '9999-%'").get()).toEqual({ n: 1 });
  });

  it('shows a newly due reminder as a Web Notification once, and a click opens the item', async () => {
    const { core } = app;
    // Only this tab may claim (the first tab would otherwise race it on its next poll).
    await app.page.goto('about:blank');
    const page = await app.page.context().newPage();
    // Stands in for the browser's notification API (permission granted), recording what the app shows.
    await page.addInitScript(() => {
      const shown: { title: string; options: NotificationOptions; onclick: (() => void) | null }[] = [];
      (window as unknown as { shownNotifications: typeof shown }).shownNotifications = shown;
      class RecordingNotification {
        static permission = 'granted';
        static requestPermission = async () => 'granted';
        onclick: (() => void) | null = null;
        constructor(title: string, options: NotificationOptions) {
          shown.push(Object.assign(this, { title, options }));
        }
      }
      (window as unknown as { Notification: unknown }).Notification = RecordingNotification;
    });
    const yesterday = addDays(browserToday(app.now()), -1);
    await ok(core, 'commitments.create', { title: 'Send Ada the agenda', dueDate: yesterday });
    await page.goto(app.server.url);
    const titles = () => page.evaluate(() => (window as unknown as { shownNotifications: { title: string }[] }).shownNotifications.map((n) => n.title));
    await expect.poll(titles).toEqual(['Due: Send Ada the agenda']);
    await page.reload();
    await page.getByRole('button', { name: /^Reminders/ }).waitFor();
    await new Promise((r) => setTimeout(r, 500));
    expect(await titles()).toEqual([]);
    await ok(core, 'commitments.create', { title: 'Book the next session', dueDate: yesterday });
    await page.reload();
    await expect.poll(titles).toEqual(['Due: Book the next session']);
    await page.evaluate(() => (window as unknown as { shownNotifications: { onclick: () => void }[] }).shownNotifications[0].onclick());
    await expect.poll(() => page.url()).toMatch(/#\/follow-ups\?commitment=\d+$/);
    await page.close();
  });

  it('pauses and resumes reminders from Settings, and explains an out-of-range number without saving it', async () => {
    const { page, core } = app;
    await page.goto(`${app.server.url}#/settings`);
    const reminders = page.getByRole('group', { name: 'Reminders' });
    await reminders.getByRole('button', { name: 'Pause reminders for 1 hour' }).click();
    await reminders.getByText(/Reminders are paused until/).waitFor();
    expect((await ok<{ reminders: { pausedUntil: string | null } }>(core, 'settings.get')).reminders.pausedUntil).not.toBeNull();
    await reminders.getByRole('button', { name: 'Resume reminders' }).click();
    await reminders.getByRole('button', { name: 'Pause reminders for 1 hour' }).waitFor();
    const days = reminders.getByLabel('Report-back nudge after (days)');
    await days.fill('500');
    await days.blur();
    await reminders.getByRole('alert').filter({ hasText: 'Use a whole number from 0 to 90.' }).waitFor();
    expect(await days.inputValue()).toBe('500');
    expect((await ok<{ reminders: { reportBackAfterDays: number } }>(core, 'settings.get')).reminders.reportBackAfterDays).toBe(2);
    await days.fill('5');
    await days.blur();
    await expect.poll(async () => (await ok<{ reminders: { reportBackAfterDays: number } }>(core, 'settings.get')).reminders.reportBackAfterDays).toBe(5);
  });

  it('captures a talking point in the quick-capture page', async () => {
    const { page, core } = app;
    await page.goto(`${app.server.url}#/quick-capture`);
    await page.getByRole('heading', { name: 'Quick capture' }).waitFor();
    await page.getByLabel('For').selectOption({ label: 'Ada Lovelace' });
    await page.getByLabel('Talking point').fill('Ask about board roles');
    await page.getByRole('button', { name: 'Add to backlog' }).click();
    await page.getByRole('status').filter({ hasText: 'Added 1 talking point' }).waitFor();
    expect(core.store.sqlite.prepare('SELECT text, meeting_id FROM agenda_items').all()).toEqual([{ text: 'Ask about board roles', meeting_id: null }]);
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps the panel short with years of overdue commitments: a few listed, the rest one line that opens the board', async () => {
    const { page, core } = app;
    const insert = core.store.sqlite.prepare('INSERT INTO commitments (title, due_date, created_at, updated_at) VALUES (?, ?, ?, ?)');
    const stamp = app.now().toISOString();
    core.store.sqlite.transaction(() => {
      for (let i = 0; i < 400; i++) insert.run(`Old promise ${i}`, addDays(browserToday(app.now()), -10 - i), stamp, stamp);
    })();
    await page.goto(app.server.url);
    await page.getByRole('button', { name: /^Reminders \(\d+\)$/ }).click();
    const panel = page.getByRole('dialog', { name: 'Reminders' });
    const summary = panel.getByRole('link', { name: /^\d+ more overdue commitments$/ });
    await summary.waitFor();
    expect(await panel.locator('li').count()).toBeLessThanOrEqual(100);
    await summary.click();
    await page.getByRole('heading', { level: 1, name: 'Follow-ups' }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});
