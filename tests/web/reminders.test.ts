import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/store';
import { openBrowserApp, type BrowserApp } from './browser-app';

let app: BrowserApp;
beforeAll(async () => {
  app = await openBrowserApp({ useRealClock: true });
  await ok(app.core, 'settings.update', { reminders: { quietHoursEnabled: false } });
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await ok(app.core, 'commitments.create', { title: 'Thank Grace for the intro', dueDate: yesterday });
  await ok(app.core, 'mentors.create', { name: 'Ada Lovelace' });
});
afterAll(async () => app?.close());

describe('reminders in browser mode (Chromium)', () => {
  it('lists due reminders in the reminder center and records them as delivered once', async () => {
    const { page, core } = app;
    await page.goto(app.server.url);
    await page.getByRole('button', { name: 'Reminders (1)' }).click();
    const panel = page.getByRole('region', { name: 'Reminders' });
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
});
