import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/store';
import { insertCommitmentRow } from '../helpers/factories/followups';
import { openBrowserApp, type BrowserApp } from './browser-app';

let app: BrowserApp;

beforeAll(async () => {
  app = await openBrowserApp({ runningClock: true });
  for (let i = 0; i < 30; i++) {
    const mentor = await ok<{ id: number }>(app.core, 'mentors.create', { name: `Mentor ${String(i).padStart(2, '0')}` });
    insertCommitmentRow(app.core, { status: 'done', completedAt: app.now().toISOString(), mentorId: mentor.id });
  }
});
afterAll(async () => app?.close());

describe('the measures page with many mentors (browser mode, Chromium)', () => {
  it('shows the per-mentor rates a page of 25 at a time', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/follow-ups/measures`);
    const byMentor = page.locator('.section', { has: page.getByRole('heading', { name: 'By mentor' }) });
    await byMentor.getByRole('rowheader', { name: 'Mentor 00' }).waitFor();
    expect(await byMentor.locator('tbody tr').count()).toBe(25);
    const pages = page.getByRole('navigation', { name: 'Pages of mentors' });
    await pages.getByText('1–25 of 30').waitFor();
    await pages.getByRole('button', { name: 'Next' }).click();
    await byMentor.getByRole('rowheader', { name: 'Mentor 29' }).waitFor();
    expect(await byMentor.locator('tbody tr').count()).toBe(5);
    expect(await byMentor.getByRole('rowheader', { name: 'Mentor 00' }).count()).toBe(0);
    expect(await pages.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
    await pages.getByRole('button', { name: 'Previous' }).click();
    await byMentor.getByRole('rowheader', { name: 'Mentor 00' }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});
