import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/store';
import { browserToday, openBrowserApp, type BrowserApp } from './browser-app';

let app: BrowserApp;
const today = () => browserToday(app.now());

beforeAll(async () => {
  app = await openBrowserApp({ runningClock: true });
  const { core } = app;
  const mentor = await ok<{ id: number }>(core, 'mentors.create', { name: 'Grace Hopper', email: 'grace@example.com' });
  const meeting = await ok<{ id: number }>(core, 'meetings.schedule', { mentorId: mentor.id, scheduledAt: app.now().toISOString() });
  const advice = await ok<{ id: number }>(core, 'advice.create', { meetingId: meeting.id, text: 'Ship something small every week' });
  await ok(core, 'advice.toCommitments', { adviceId: advice.id, commitments: [{ title: 'Ship the weekly demo', dueDate: today() }] });
  const tomorrow = await ok<{ id: number }>(core, 'meetings.schedule', { mentorId: mentor.id, scheduledAt: new Date(app.now().getTime() + 86_400_000).toISOString() });
  nextMeetingId = tomorrow.id;
  await ok(core, 'agenda.add', { meetingId: tomorrow.id, text: 'Show the demo cadence' });
});
let nextMeetingId = 0;
afterAll(async () => app?.close());

describe('following through and closing the loop (browser mode, Chromium)', () => {
  it('shows the commitment due today on the dashboard, with no rate yet', async () => {
    const { page } = app;
    await page.goto(app.server.url);
    const due = page.locator('[aria-label="Due today and overdue"]');
    await due.getByText('Ship the weekly demo').waitFor();
    expect(await page.getByTestId('month-rate').textContent()).toBe('no data');
    const meetings = page.locator('[aria-label="Meetings in the next 7 days"]');
    await meetings.getByText('1 agenda item').waitFor();
    expect(await meetings.getByRole('link', { name: 'Open prep brief' }).getAttribute('href')).toBe(`#/meetings/${nextMeetingId}/prep`);
  });

  it('completes it with an outcome from the keyboard on the follow-ups board', async () => {
    const { page } = app;
    await page.keyboard.press('Control+5');
    await page.getByRole('heading', { level: 1, name: 'Follow-ups' }).waitFor();
    const row = page.getByRole('listitem', { name: 'Ship the weekly demo' });
    await row.focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Outcome: what happened when you applied the advice?').fill('Three demos shipped; the team now ships weekly');
    await page.keyboard.press('Control+Enter');
    const awaiting = page.locator('[aria-label="Awaiting report-back"]');
    await awaiting.getByText('Outcome: Three demos shipped; the team now ships weekly').waitFor();
    const stored = app.core.store.sqlite.prepare('SELECT status, outcome, completed_at FROM commitments').get() as Record<string, string>;
    expect(stored).toMatchObject({ status: 'done', outcome: 'Three demos shipped; the team now ships weekly' });
    expect(stored.completed_at).not.toBeNull();
  });

  it('drafts a report-back citing the advice and the outcome, and marks it reported', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Report back…' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Report back' });
    const message = dialog.getByLabel('Message');
    await expect.poll(() => message.inputValue()).toContain('“Ship something small every week”');
    expect(await message.inputValue()).toContain('Three demos shipped');
    expect(await dialog.getByRole('link', { name: 'Open in mail' }).getAttribute('href')).toMatch(/^mailto:grace%40example\.com\?subject=/);
    await dialog.getByRole('button', { name: 'Mark reported' }).click();
    await page.locator('[aria-label="Awaiting report-back"]').waitFor({ state: 'detached' });
    const stored = app.core.store.sqlite.prepare('SELECT reported_back_at FROM commitments').get() as { reported_back_at: string | null };
    expect(stored.reported_back_at).not.toBeNull();
  });

  it('shows the dashboard and the rates changed', async () => {
    const { page } = app;
    await page.keyboard.press('Control+1');
    await expect.poll(() => page.getByTestId('month-rate').textContent()).toBe('100%');
    await page.getByText('Every loop is closed.').waitFor();
    await page.goto(`${app.server.url}#/follow-ups/measures`);
    await page.getByRole('heading', { name: 'Follow-through rate: 100%' }).waitFor();
    await page.getByRole('heading', { name: 'Loop-closure rate: 100%' }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});
