import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/store';
import { openBrowserApp, type BrowserApp } from './browser-app';
import { expectFocus, focusedTag } from './keyboard';

// Questions before throwing something away are the app's own dialogs (named, keyboard-reachable, themed),
// never the browser's window.confirm, and focus comes back where the user was.
let app: BrowserApp;
const browserDialogs: string[] = [];
let meetingId: number;
beforeAll(async () => {
  app = await openBrowserApp({ runningClock: true });
  app.page.on('dialog', (d) => (browserDialogs.push(d.message()), void d.dismiss()));
  const mentor = await ok<{ id: number }>(app.core, 'mentors.create', { name: 'Grace Hopper' });
  meetingId = (await ok<{ id: number }>(app.core, 'meetings.schedule', { mentorId: mentor.id, scheduledAt: app.now().toISOString() })).id;
  await ok(app.core, 'advice.create', { meetingId, text: 'Write it down first' });
});
afterAll(async () => app?.close());

describe('asking before throwing something away (browser mode, Chromium)', () => {
  it('asks in the app’s own dialog when Escape would drop a half-filled form; Keep editing returns to the field with the text', async () => {
    const { page, server } = app;
    await page.goto(`${server.url}#/mentors/new`);
    const name = page.getByLabel('Name', { exact: true });
    await name.fill('Katherine Johnson');
    await name.focus();
    await page.keyboard.press('Escape');
    const question = page.getByRole('dialog', { name: 'Discard what you typed?' });
    await question.waitFor();
    await expectFocus(page, 'Keep editing');
    await page.keyboard.press('Enter');
    await question.waitFor({ state: 'hidden' });
    await expectFocus(page, 'Name');
    expect(await name.inputValue()).toBe('Katherine Johnson');

    // Escape inside the question also keeps the draft.
    await page.keyboard.press('Escape');
    await expectFocus(page, 'Keep editing');
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'hidden' });
    await expectFocus(page, 'Name');

    await page.keyboard.press('Escape');
    await expectFocus(page, 'Keep editing');
    await page.keyboard.press('Tab');
    await expectFocus(page, 'Discard');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/mentors$/);
    await page.getByRole('heading', { level: 1, name: 'Mentors' }).waitFor();
    expect(app.core.snapshot().mentors).toHaveLength(1);
    expect(browserDialogs).toEqual([]);
  });

  it('asks before deleting advice, back on its button when kept, on the advice field when deleted', async () => {
    const { page, server } = app;
    await page.goto(`${server.url}#/meetings/${meetingId}`);
    const remove = page.getByRole('button', { name: 'Delete advice “Write it down first”' });
    await remove.click();
    const question = page.getByRole('dialog', { name: 'Delete this advice?' });
    await question.getByText('Commitments made from it stay.').waitFor();
    await expectFocus(page, 'Cancel');
    await page.keyboard.press('Enter');
    await question.waitFor({ state: 'hidden' });
    await expectFocus(page, 'Delete advice “Write it down first”');

    await page.keyboard.press('Enter');
    await expectFocus(page, 'Cancel');
    await question.getByRole('button', { name: 'Delete advice' }).click();
    await page.getByText('No advice recorded yet.').waitFor();
    await expectFocus(page, 'Advice');
    expect(await focusedTag(page)).toBe('textarea');
    expect(app.core.snapshot().advice).toEqual([]);
    expect(browserDialogs).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
