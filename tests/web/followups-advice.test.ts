import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/store';
import { openBrowserApp, type BrowserApp } from './browser-app';

let app: BrowserApp;
let adaAdviceId = 0;

beforeAll(async () => {
  app = await openBrowserApp({ pageClock: true });
  const { core } = app;
  const goal = await ok<{ id: number }>(core, 'goals.create', { title: 'Public speaking' });
  for (const [name, text] of [
    ['Ada Lovelace', 'Join Toastmasters'],
    ['Bob Noyce', 'Record yourself and watch it back'],
  ]) {
    const mentor = await ok<{ id: number }>(core, 'mentors.create', { name });
    const meeting = await ok<{ id: number }>(core, 'meetings.schedule', { mentorId: mentor.id, scheduledAt: '2026-11-20T10:00:00.000Z' });
    const advice = await ok<{ id: number }>(core, 'advice.create', { meetingId: meeting.id, text, goalId: goal.id });
    if (name === 'Ada Lovelace') {
      adaAdviceId = advice.id;
      await ok(core, 'advice.toCommitments', { adviceId: advice.id, commitments: [{ title: 'Sign up for the Tuesday club' }] });
    }
  }
});
afterAll(async () => app?.close());

describe('the advice library (browser mode, Chromium)', () => {
  it('shows advice on the same goal from different mentors side by side, with the commitments it led to', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/follow-ups/advice`);
    const section = page.locator('[aria-label="Advice on Public speaking"]');
    await section.getByRole('heading', { name: 'Ada Lovelace' }).waitFor();
    await section.getByRole('heading', { name: 'Bob Noyce' }).waitFor();
    await section.getByRole('link', { name: 'Sign up for the Tuesday club' }).waitFor();
  });

  it('saves a verdict chosen from the list', async () => {
    const { page } = app;
    await page.getByLabel('Verdict on “Join Toastmasters”').selectOption({ label: 'Adopted' });
    const verdict = () => (app.core.store.sqlite.prepare('SELECT verdict FROM advice WHERE id = ?').get(adaAdviceId) as { verdict: string | null }).verdict;
    await expect.poll(verdict).toBe('adopted');
  });

  it('filters by mentor', async () => {
    const { page } = app;
    await page.getByLabel('Filter by mentor').selectOption({ label: 'Bob Noyce' });
    await page.getByText('Join Toastmasters').waitFor({ state: 'detached' });
    await page.getByText('Record yourself and watch it back').waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('shows a page of advice at a time, newest first, and pages to older advice and back', async () => {
    const { page, core } = app;
    const mentor = await ok<{ id: number }>(core, 'mentors.create', { name: 'Cleo Prolific' });
    const insert = core.store.sqlite.prepare("INSERT INTO advice (mentor_id, text, created_at, updated_at) VALUES (?, ?, ?, ?)");
    for (let i = 0; i < 30; i++) {
      const stamp = `2030-01-01T10:${String(i).padStart(2, '0')}:00.000Z`;
      insert.run(mentor.id, `Tip number ${i}`, stamp, stamp);
    }
    await page.goto(`${app.server.url}#/follow-ups/advice`);
    await page.getByText('Tip number 29').waitFor();
    expect(await page.getByText('Join Toastmasters').count()).toBe(0);
    expect(await page.locator('li').count()).toBeLessThanOrEqual(100);
    await page.getByRole('button', { name: 'Older advice' }).click();
    await page.getByText('Join Toastmasters').waitFor();
    await page.getByText('“Tip number 0”', { exact: true }).waitFor();
    expect(await page.getByText('Tip number 29').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Older advice' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Newer advice' }).click();
    await page.getByText('Tip number 29').waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});
