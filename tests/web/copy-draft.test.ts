import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/store';
import { openBrowserApp, type BrowserApp } from './browser-app';

// Copy in the email-draft dialog, in browser mode: the core has no clipboard there (clipboard.copy says
// so), so the page copies with the browser's own clipboard.
let app: BrowserApp;

beforeAll(async () => {
  app = await openBrowserApp({ runningClock: true });
  const { core } = app;
  const mentor = await ok<{ id: number }>(core, 'mentors.create', { name: 'Grace Hopper', email: 'grace@example.com' });
  const meeting = await ok<{ id: number }>(core, 'meetings.schedule', { mentorId: mentor.id, scheduledAt: app.now().toISOString() });
  const advice = await ok<{ id: number }>(core, 'advice.create', { meetingId: meeting.id, text: 'Ship something small every week' });
  const [commitment] = await ok<{ id: number }[]>(core, 'advice.toCommitments', { adviceId: advice.id, commitments: [{ title: 'Ship the weekly demo', dueDate: null }] });
  await ok(core, 'commitments.complete', { id: commitment.id, outcome: 'Three demos shipped' });
});
afterAll(async () => app?.close());

describe('copying a drafted email (browser mode, Chromium)', () => {
  it('copies the text as edited into the clipboard and says Copied', async () => {
    const { page } = app;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.server.url).origin });
    // The shortcut is heard once the app has mounted (on a loaded run the key could come before it).
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await page.keyboard.press('Control+5');
    await page.getByRole('heading', { level: 1, name: 'Follow-ups' }).waitFor();
    await page.getByRole('button', { name: 'Report back…' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Report back' });
    const message = dialog.getByLabel('Message');
    await expect.poll(() => message.inputValue()).toContain('Three demos shipped');
    await message.fill('Dear Grace, the demos shipped. Thank you!');
    await dialog.getByRole('button', { name: 'Copy' }).click();
    await dialog.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Dear Grace, the demos shipped. Thank you!');
    expect(await dialog.getByRole('alert').count()).toBe(0);
  });
});
