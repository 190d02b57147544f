import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/store';
import { openBrowserApp, type BrowserApp } from './browser-app';
import { expectFocus, focusedTag, tabTo } from './keyboard';

let app: BrowserApp;
beforeAll(async () => {
  app = await openBrowserApp({ runningClock: true });
  await ok(app.core, 'settings.update', { defaultCadenceDays: 21, defaultMeetingMinutes: 45 });
});
afterAll(async () => app?.close());

// The whole mentee journey with the keyboard alone (no clicks), asserting where focus is after each step.
describe('the mentee journey, keyboard only (browser mode, Chromium)', () => {
  it('adds a mentor from the command palette, with focus on the form and then on the new page', async () => {
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await page.keyboard.press('Control+2');
    await expectFocus(page, 'Mentors');
    expect(await focusedTag(page)).toBe('h1');
    expect(await page.title()).toBe('Mentors — Mentor Planner');
    await page.keyboard.press('Control+k');
    await expectFocus(page, 'Go to or do…');
    await page.keyboard.type('New mentor');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'Name');
    expect(await page.title()).toBe('New mentor — Mentor Planner');
    expect(await page.getByLabel('Keep in touch every (days)').inputValue()).toBe('21');
    await page.keyboard.type('Ada Lovelace');
    await page.keyboard.press('Control+Enter');
    await expectFocus(page, 'Ada Lovelace');
    expect(await focusedTag(page)).toBe('h1');
    expect(app.core.snapshot().mentors).toEqual([expect.objectContaining({ name: 'Ada Lovelace', keep_in_touch_cadence_days: 21 })]);
  });

  it('plans a meeting for the default length', async () => {
    const { page } = app;
    await tabTo(page, 'Plan a meeting');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'Plan a meeting');
    await page.getByText('Your default meeting length (Settings).').waitFor();
    expect(await page.getByLabel('Length (minutes)').inputValue()).toBe('45');
    await tabTo(page, 'Plan meeting');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'Meeting with Ada Lovelace');
    expect(app.core.snapshot().meetings).toEqual([expect.objectContaining({ duration_minutes: 45 })]);
  });

  it('adds talking points to the agenda, staying in the field for the next one', async () => {
    const { page } = app;
    await tabTo(page, 'Talking point');
    await page.keyboard.type('How did you choose your first team?');
    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: 'Agenda items' }).getByText('How did you choose your first team?').waitFor();
    await expectFocus(page, 'Talking point');
    expect(await page.getByLabel('Talking point').inputValue()).toBe('');
  });

  it('records advice, with focus on the advice just recorded', async () => {
    const { page } = app;
    await tabTo(page, 'Advice');
    await page.keyboard.type('Write a one-page strategy');
    await tabTo(page, 'Record advice');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'Advice: “Write a one-page strategy”');
  });

  it('makes a commitment from the advice, with focus on the commitment made', async () => {
    const { page } = app;
    await tabTo(page, 'Make commitment…');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'Commitment 1');
    await page.keyboard.type('Draft the strategy page');
    await page.keyboard.press('Control+Enter');
    await expectFocus(page, 'Draft the strategy page');
    expect(await focusedTag(page)).toBe('a');
  });

  it('completes it on the follow-ups board, with focus back on its row', async () => {
    const { page } = app;
    await page.keyboard.press('Enter');
    await expectFocus(page, 'Follow-ups');
    await tabTo(page, 'Draft the strategy page');
    expect(await focusedTag(page)).toBe('li');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'Outcome: what happened when you applied the advice?');
    await page.keyboard.type('My manager adopted it');
    await page.keyboard.press('Control+Enter');
    await expectFocus(page, 'Draft the strategy page');
    expect(await focusedTag(page)).toBe('li');
    const described = await page.evaluate(() => document.getElementById(document.activeElement!.getAttribute('aria-describedby')!)?.textContent);
    expect(described).toBe('Done, not reported back yet, no due date.');
  });

  it('reports back from the row, with focus back on the row', async () => {
    const { page, core } = app;
    await page.keyboard.press('r');
    await page.getByRole('dialog', { name: 'Report back' }).getByLabel('Message').waitFor();
    await tabTo(page, 'Mark reported');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'Draft the strategy page');
    expect(await focusedTag(page)).toBe('li');
    expect(core.snapshot().commitments).toEqual([expect.objectContaining({ title: 'Draft the strategy page', status: 'done', outcome: 'My manager adopted it', reported_back_at: expect.any(String) })]);
    expect(app.pageErrors).toEqual([]);
  });
});
