import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/store';
import { openBrowserApp, type BrowserApp } from './browser-app';

let app: BrowserApp;
beforeAll(async () => {
  app = await openBrowserApp({ runningClock: true });
});
afterAll(async () => app?.close());

describe('planning and holding a meeting (browser mode, Chromium)', () => {
  let mentorId: number;

  it('plans a meeting with a mentor from the mentor page', async () => {
    const { page, core } = app;
    mentorId = (await ok<{ id: number }>(core, 'mentors.create', { name: 'Ada Lovelace', keepInTouchCadenceDays: 30 })).id;
    await ok(core, 'backlog.add', { mentorId, text: 'How did you choose your first team?', minutes: 15, priority: 'high' });
    await ok(core, 'backlog.add', { mentorId, text: 'Book recommendations', minutes: 10, priority: 'low' });
    await ok(core, 'backlog.add', { mentorId, text: 'Feedback on my promo packet', minutes: 10, kind: 'ask' });

    await page.goto(`${app.server.url}#/mentors/${mentorId}`);
    await page.getByRole('link', { name: 'Plan a meeting' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Plan a meeting' }).waitFor();
    await page.getByText('You haven’t met Ada Lovelace yet.').waitFor();
    expect(await page.getByLabel('Date and time').inputValue()).not.toBe('');
    await page.getByLabel('Length (minutes)').fill('30');
    await page.getByRole('button', { name: 'Plan meeting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meeting with Ada Lovelace' }).waitFor();
  });

  it('builds the agenda from the backlog and warns when it runs over', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Add all 3' }).click();
    await page.getByTestId('agenda-total').filter({ hasText: '35 of 30 minutes planned' }).waitFor();
    const warning = page.getByRole('alert').filter({ hasText: 'runs 5 minutes over' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('Book recommendations');
  });

  it('reorders the agenda from the keyboard', async () => {
    const { page } = app;
    const items = page.getByRole('list', { name: 'Agenda items' }).getByRole('listitem');
    await page.getByRole('button', { name: 'Reorder “Feedback on my promo packet” (Alt+↑/↓)' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(async () => (await items.first().getAttribute('aria-label')) ?? '').toBe('How did you choose your first team?');
    await expect.poll(async () => items.nth(1).getAttribute('aria-label')).toBe('Feedback on my promo packet');
  });

  it('opens the prep brief with the agenda', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Prep brief' }).click();
    const brief = page.getByRole('article', { name: 'Prep brief' });
    await brief.getByRole('heading', { name: 'Prep brief: Ada Lovelace' }).waitFor();
    await brief.getByText('This is your first meeting with Ada Lovelace.').waitFor();
    await brief.getByText('How did you choose your first team?').waitFor();
    await page.getByRole('link', { name: '← Back to the meeting' }).click();
  });

  it('records notes (saved as typed), two pieces of advice, and turns one into a commitment', async () => {
    const { page, core } = app;
    await page.getByLabel('Meeting notes (Markdown)').fill('# Key points\n- Hire for **slope**, not intercept\n<script>window.__pwned = 1</script>');
    await page.getByTestId('notes-state').filter({ hasText: 'All changes saved' }).waitFor();
    await page.getByLabel('Notes preview').getByText('Hire for').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const stored = core.store.sqlite.prepare('SELECT notes FROM meetings').get() as { notes: string };
    expect(stored.notes).toContain('Hire for **slope**');

    for (const advice of ['Write a one-page strategy', 'Meet one customer a week']) {
      await page.getByRole('textbox', { name: 'Advice', exact: true }).fill(advice);
      await page.getByRole('button', { name: 'Record advice' }).click();
      await page.getByText(`“${advice}”`).waitFor();
    }
    await page.getByRole('button', { name: 'Make commitment…' }).first().click();
    await page.getByLabel('Commitment 1').fill('Draft the strategy page');
    await page.getByLabel('Due date 1').fill('2027-01-15');
    await page.getByRole('button', { name: 'Create commitment' }).click();
    await page.getByRole('link', { name: 'Draft the strategy page' }).waitFor();
    const commitments = core.store.sqlite.prepare('SELECT title, advice_id, due_date FROM commitments').all();
    expect(commitments).toEqual([{ title: 'Draft the strategy page', advice_id: 1, due_date: '2027-01-15' }]);
  });

  it('edits a piece of advice in place', async () => {
    const { page, core } = app;
    await page.getByRole('button', { name: 'Edit advice “Meet one customer a week”' }).click();
    await page.getByLabel('Advice text').fill('Meet two customers a week');
    await page.getByLabel('Advice text').press('Control+Enter');
    await page.getByText('“Meet two customers a week”').waitFor();
    expect(core.store.sqlite.prepare('SELECT text FROM advice ORDER BY id').all()).toEqual([{ text: 'Write a one-page strategy' }, { text: 'Meet two customers a week' }]);
  });

  it('marks the meeting held and finds the unreached item back in the backlog', async () => {
    const { page } = app;
    await page.getByRole('listitem', { name: 'How did you choose your first team?' }).getByLabel('Discussed').check();
    await page.getByRole('listitem', { name: 'Feedback on my promo packet' }).getByLabel('Discussed').check();
    await expect.poll(() => app.core.store.sqlite.prepare("SELECT count(*) AS n FROM agenda_items WHERE status = 'discussed'").get()).toEqual({ n: 2 });
    await page.getByRole('button', { name: 'Mark held' }).click();
    await page.getByRole('status').filter({ hasText: '1 item not reached went back' }).waitFor();
    await page.goto(`${app.server.url}#/meetings/backlog/${mentorId}`);
    await page.getByText('Book recommendations').waitFor();
    expect(await page.getByText('How did you choose your first team?').count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });
});
