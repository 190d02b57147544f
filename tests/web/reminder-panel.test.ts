import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../electron/core/zoned-time';
import { ok } from '../helpers/store';
import { browserToday, openBrowserApp, type BrowserApp } from './browser-app';
import { expectFocus, focusedTag } from './keyboard';

// The reminder list used to stay open over the page (a box fixed beside the nav). It is a modal dialog now:
// named, focus inside while open, and Escape, Close or a click outside puts focus back on the button.
let app: BrowserApp;
beforeAll(async () => {
  app = await openBrowserApp({ runningClock: true });
  await ok(app.core, 'settings.update', { reminders: { quietHoursEnabled: false } });
  await ok(app.core, 'commitments.create', { title: 'Thank Grace for the intro', dueDate: addDays(browserToday(app.now()), -1) });
});
afterAll(async () => app?.close());

const isModal = (app: BrowserApp) => app.page.locator('dialog.reminder-panel').evaluate((d) => d.matches(':modal'));

describe('the reminder panel (browser mode, Chromium)', () => {
  it('opens as a modal dialog from the keyboard, and Escape or Close returns focus to the Reminders button', async () => {
    const { page } = app;
    const button = page.getByRole('button', { name: 'Reminders (1)' });
    await button.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'Reminders' });
    await panel.getByRole('link', { name: 'Due: Thank Grace for the intro' }).waitFor();
    expect(await isModal(app)).toBe(true);
    await expectFocus(page, 'Reminders');
    expect(await focusedTag(page)).toBe('h2');

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    await expectFocus(page, 'Reminders (1)');

    await page.keyboard.press('Enter');
    await expectFocus(page, 'Reminders');
    await panel.getByRole('button', { name: 'Close' }).click();
    await panel.waitFor({ state: 'hidden' });
    await expectFocus(page, 'Reminders (1)');
  });

  it('closes on a click outside it, and fits a 320 px wide window', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 320, height: 640 });
    await page.getByRole('button', { name: 'Reminders (1)' }).click();
    const panel = page.getByRole('dialog', { name: 'Reminders' });
    await panel.waitFor();
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    await page.mouse.click(2, 630);
    await panel.waitFor({ state: 'hidden' });
    await expectFocus(page, 'Reminders (1)');
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('keeps focus in the dialog after dismissing a reminder, and opening one leaves focus on its page', async () => {
    const { page, core } = app;
    await ok(core, 'commitments.create', { title: 'Share the notes with Ada', dueDate: addDays(browserToday(app.now()), -2) });
    await page.reload();
    await page.getByRole('button', { name: 'Reminders (2)' }).click();
    const panel = page.getByRole('dialog', { name: 'Reminders' });
    await panel.getByRole('button', { name: 'Dismiss: Due: Share the notes with Ada' }).click();
    await expectFocus(page, 'Due: Thank Grace for the intro');
    await page.keyboard.press('Enter');
    await panel.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { level: 1, name: 'Follow-ups' }).waitFor();
    await expectFocus(page, 'Follow-ups');
    expect(app.pageErrors).toEqual([]);
  });
});
