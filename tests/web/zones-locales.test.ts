import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../helpers/store';
import { openBrowserApp, type BrowserApp } from './browser-app';

/**
 * The key journeys in a user's zone and locale, at a time of day where the UTC day is not the user's:
 * each assertion here fails with UTC-day logic. Both clocks (the server's and the page's) start at the
 * same instant.
 */

let app: BrowserApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function seed(target: BrowserApp) {
  const mentor = await ok<{ id: number }>(target.core, 'mentors.create', { name: 'Ada Lovelace', email: 'ada@example.com' });
  await ok(target.core, 'goals.create', { title: 'Ship the plan', targetDate: '2026-11-23' });
  await ok(target.core, 'commitments.create', { title: 'Send the deck', dueDate: '2026-11-23', mentorId: mentor.id });
  return mentor;
}

const section = (target: BrowserApp, name: string) => target.page.getByRole('region', { name }).or(target.page.locator(`[aria-label="${name}"]`)).first();

describe('in Los Angeles at 23:30, US English (the UTC day is already tomorrow)', () => {
  it('keeps today’s goal, commitment and suggestion on the local day, in US formats', async () => {
    // Monday 23 November 2026, 23:30 PST = Tuesday 07:30 UTC.
    app = await openBrowserApp({ clockStart: '2026-11-24T07:30:00.000Z', pageClock: true, timezoneId: 'America/Los_Angeles', locale: 'en-US' });
    const { page, server } = app;
    const mentor = await seed(app);

    await page.goto(`${server.url}#/goals`);
    const goalRow = page.locator('.goal-row', { hasText: 'Ship the plan' });
    await goalRow.getByText('by Nov 23, 2026').waitFor();
    expect(await goalRow.textContent()).not.toContain('Target passed');

    await page.goto(`${server.url}#/follow-ups`);
    await section(app, 'Due today').getByText('Send the deck').waitFor();
    expect(await page.locator('[aria-label="Overdue"]', { hasText: 'Send the deck' }).count()).toBe(0);

    await page.goto(`${server.url}#/`);
    const due = page.locator('[aria-label="Due today and overdue"]');
    await due.getByText('Send the deck').waitFor();
    expect(await due.locator('.badge.red').count()).toBe(0);

    // Never met: in two days at 10:00 local (UTC logic gave 02:00 on the 26th).
    await page.goto(`${server.url}#/meetings/new?mentorId=${mentor.id}`);
    await expect.poll(() => page.getByLabel('Date and time').inputValue()).toBe('2026-11-25T10:00');
    await page.getByRole('button', { name: 'Plan meeting' }).click();
    await page.waitForURL(/\/meetings\/\d+/);
    await page.goto(`${server.url}#/`);
    await page.locator('[aria-label="Meetings in the next 7 days"]').getByText('Wed, Nov 25, 2026, 10:00 AM').waitFor();

    // Settings → Dates and times: a 24-hour clock is read wherever a time is shown.
    await page.goto(`${server.url}#/settings`);
    await page.getByLabel('Time format').selectOption('24h');
    await expect.poll(async () => (await app!.core.call('settings.get', {})) as unknown).toMatchObject({ ok: true, value: { timeFormat: '24h' } });
    await page.goto(`${server.url}#/`);
    await page.locator('[aria-label="Meetings in the next 7 days"]').getByText('Wed, Nov 25, 2026, 10:00', { exact: true }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});

describe('in Kolkata at 00:30, German (the UTC day is still yesterday)', () => {
  it('treats yesterday’s target and commitment as passed, and formats dates the German way', async () => {
    // Tuesday 24 November 2026, 00:30 IST = Monday 19:00 UTC.
    app = await openBrowserApp({ clockStart: '2026-11-23T19:00:00.000Z', pageClock: true, timezoneId: 'Asia/Kolkata', locale: 'de-DE' });
    const { page, server } = app;
    const mentor = await seed(app);

    await page.goto(`${server.url}#/goals`);
    await page.locator('.goal-row', { hasText: 'Ship the plan' }).getByText('Target passed 23.11.2026').waitFor();

    await page.goto(`${server.url}#/follow-ups`);
    await section(app, 'Overdue').getByText('Send the deck').waitFor();

    await page.goto(`${server.url}#/`);
    const due = page.locator('[aria-label="Due today and overdue"]');
    await due.locator('li', { hasText: 'Send the deck' }).locator('.badge.red').waitFor();

    await page.goto(`${server.url}#/meetings/new?mentorId=${mentor.id}`);
    await expect.poll(() => page.getByLabel('Date and time').inputValue()).toBe('2026-11-26T10:00');

    await page.goto(`${server.url}#/follow-ups/measures`);
    await page.getByText('This month (01.11.2026 to 30.11.2026)').waitFor();

    // The follow-up email, written by the core, dates things the German way too (it was ISO).
    const held = await ok<{ id: number }>(app.core, 'meetings.schedule', { mentorId: mentor.id, scheduledAt: '2026-11-23T18:00:00.000Z' });
    const advice = await ok<{ id: number }>(app.core, 'advice.create', { meetingId: held.id, text: 'Rehearse out loud' });
    await ok(app.core, 'advice.toCommitments', { adviceId: advice.id, commitments: [{ title: 'Rehearse twice', dueDate: '2026-11-30' }] });
    await ok(app.core, 'meetings.markHeld', { id: held.id, timeZone: 'Asia/Kolkata' });
    await page.goto(`${server.url}#/meetings/${held.id}`);
    await page.getByRole('button', { name: 'Follow-up email…' }).click();
    const message = page.getByRole('dialog', { name: 'Follow-up email' }).getByLabel('Message');
    await expect.poll(() => message.inputValue()).toContain('- Rehearse twice (by 30.11.2026)');
    await page.keyboard.press('Escape');

    // A German week starts on Monday, so Sunday the 29th is this week — until Settings starts weeks on Sunday.
    await ok(app.core, 'commitments.create', { title: 'Sunday review', dueDate: '2026-11-29' });
    await page.goto(`${server.url}#/follow-ups`);
    await section(app, 'Due this week').getByText('Sunday review').waitFor();
    await page.goto(`${server.url}#/settings`);
    await page.getByLabel('First day of the week').selectOption('sunday');
    await expect.poll(async () => (await app!.core.call('settings.get', {})) as unknown).toMatchObject({ ok: true, value: { firstDayOfWeek: 'sunday' } });
    await page.goto(`${server.url}#/follow-ups`);
    await section(app, 'Later').getByText('Sunday review').waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});
