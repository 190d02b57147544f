import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserApp, shownDay, type BrowserApp } from './browser-app';
import { expectFocus } from './keyboard';

let app: BrowserApp;
beforeAll(async () => {
  app = await openBrowserApp({ runningClock: true });
});
afterAll(async () => app?.close());

async function addGoal(page: Page, title: string, why: string) {
  await page.goto(`${app.server.url}#/goals/new`);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Why it matters').fill(why);
  await page.getByLabel('Title').press('Control+Enter');
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

async function addMentor(page: Page, name: string, cadence: string) {
  await page.goto(`${app.server.url}#/mentors/new`);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Keep in touch every (days)').fill(cadence);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('a new user sets up goals and mentors (browser mode, Chromium)', () => {
  it('shows helpful empty states before anything exists', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/mentors`);
    await page.getByRole('heading', { name: 'No mentors yet' }).waitFor();
    await page.goto(`${app.server.url}#/goals`);
    await page.getByRole('heading', { name: 'No goals yet' }).waitFor();
  });

  it('shows field errors inline and keeps what was typed', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/mentors/new`);
    await page.getByLabel('Email').fill('not an email');
    await page.getByLabel('Role').fill('VP Engineering');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Name is required.').waitFor();
    await page.getByText('That email address does not look right.').waitFor();
    expect(await page.getByLabel('Role').inputValue()).toBe('VP Engineering');
    expect(app.core.snapshot().mentors).toEqual([]);
  });

  it('adds two goals and three mentors, links them, and sees health', async () => {
    const { page } = app;
    await addGoal(page, 'Become a VP', 'Lead a bigger org');
    await addGoal(page, 'Speak at a conference', 'Build visibility');
    await addMentor(page, 'Ada Lovelace', '30');
    await addMentor(page, 'Grace Hopper', '14');
    await addMentor(page, 'Alan Kay', '60');

    // Link Ada to both goals from the mentor side, Grace from the goal side.
    await page.goto(`${app.server.url}#/mentors`);
    await page.getByRole('link', { name: 'Ada Lovelace' }).click();
    for (const goal of ['Become a VP', 'Speak at a conference']) {
      await page.getByLabel('Link goal').selectOption({ label: goal });
      await page.getByLabel('What this mentor can do for this goal').fill(`Help with ${goal}`);
      await page.getByRole('button', { name: 'Link', exact: true }).click();
      await page.getByRole('link', { name: goal }).waitFor();
    }
    await page.getByRole('link', { name: 'Become a VP' }).click();
    await page.getByLabel('Link mentor').selectOption({ label: 'Grace Hopper' });
    await page.getByLabel('What they can do for this goal').fill('Sponsor in promo committee');
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    await page.getByText('Sponsor in promo committee').waitFor();
    await page.getByText('Help with Become a VP').waitFor();
    await page.getByText('No commitments yet').first().waitFor();

    // Log a call with Grace: she becomes on track, the others were never met.
    await page.getByRole('link', { name: 'Grace Hopper' }).click();
    await page.getByLabel('Note').fill('Quick call about the promo packet');
    await page.getByRole('button', { name: 'Log contact' }).click();
    await page.getByText('Quick call about the promo packet').waitFor();
    await page.goto(`${app.server.url}#/mentors`);
    const list = page.getByRole('list', { name: 'Mentors' });
    await list.getByText('On track').waitFor();
    expect(await list.getByText('Never met').count()).toBe(2);
  });

  it('changes what a mentor can do for a goal in place, Esc leaving it as it was', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/goals`);
    await page.getByRole('link', { name: 'Become a VP' }).click();
    await page.getByRole('button', { name: 'Edit what Grace Hopper can do for this goal' }).click();
    await page.getByLabel('Change what they can do for this goal').fill('Something I will not keep');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Discard what you typed?' }).getByRole('button', { name: 'Discard' }).click();
    await page.getByText('Sponsor in promo committee').waitFor();
    await expectFocus(page, 'Edit what Grace Hopper can do for this goal');
    await page.getByRole('button', { name: 'Edit what Grace Hopper can do for this goal' }).click();
    await page.getByLabel('Change what they can do for this goal').fill('Sponsor me and review my packet');
    await page.keyboard.press('Control+Enter');
    await page.getByText('Sponsor me and review my packet').waitFor();
    await page.reload();
    await page.getByText('Sponsor me and review my packet').waitFor();
    expect(app.core.snapshot().goal_mentors).toContainEqual(expect.objectContaining({ can_help_with: 'Sponsor me and review my packet' }));
  });

  it('archives a mentor, and everything survives a reload', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/mentors`);
    await page.getByRole('link', { name: 'Alan Kay' }).click();
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByText('Archived', { exact: true }).waitFor();
    await page.goto(`${app.server.url}#/mentors`);
    await page.reload();
    const list = page.getByRole('list', { name: 'Mentors' });
    await list.getByRole('link', { name: 'Ada Lovelace' }).waitFor();
    expect(await list.getByRole('link', { name: 'Alan Kay' }).count()).toBe(0);
    await page.getByLabel('Show archived').check();
    await list.getByRole('link', { name: 'Alan Kay' }).waitFor();
    await page.goto(`${app.server.url}#/goals`);
    await page.getByRole('link', { name: 'Become a VP' }).waitFor();
    await page.getByText('2 mentors').waitFor();
  });

  it('marks a passed target date, and deleting a goal says its links go and the rest stays', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/goals/new`);
    await page.getByLabel('Title').fill('Run a marathon');
    await page.getByLabel('Target date').fill('2020-05-01');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: 'Run a marathon' }).waitFor();
    await page.getByText('— passed').waitFor();
    await page.goto(`${app.server.url}#/goals`);
    const goals = page.getByRole('list', { name: 'Goals' });
    // Active goals come first by target date, so the passed one leads the list.
    await goals.getByText(`Target passed ${shownDay('2020-05-01')}`).waitFor();
    expect(await goals.getByRole('link').first().textContent()).toBe('Run a marathon');
    await page.getByRole('region', { name: 'Coverage' }).getByRole('link', { name: 'Run a marathon' }).waitFor();

    await page.goto(`${app.server.url}#/goals`);
    await goals.getByRole('link', { name: 'Speak at a conference' }).click();
    await page.getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('This deletes the goal and 1 mentor link. 0 commitments').waitFor();
    await dialog.getByRole('button', { name: 'Delete goal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Goals' }).waitFor();
    expect(app.core.snapshot().goals).toHaveLength(2);
    // The list may show its cached rows for a moment before the refetch after the delete.
    await expect.poll(() => goals.getByRole('link', { name: 'Speak at a conference' }).count()).toBe(0);
  });

  it('marks a goal achieved: it leaves the active list and stays viewable', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/goals`);
    const goals = page.getByRole('list', { name: 'Goals' });
    await goals.getByRole('link', { name: 'Run a marathon' }).click();
    await page.getByRole('button', { name: 'Mark achieved' }).click();
    await page.getByRole('button', { name: 'Reopen' }).waitFor();
    await page.goto(`${app.server.url}#/goals`);
    await goals.getByRole('link', { name: 'Become a VP' }).waitFor();
    // The list may show its cached rows for a moment before the refetch lands.
    await expect.poll(() => goals.getByRole('link', { name: 'Run a marathon' }).count()).toBe(0);
    await page.getByLabel('Show achieved and dropped goals (1)').check();
    await goals.getByRole('link', { name: 'Run a marathon' }).click();
    await page.getByRole('heading', { level: 1, name: 'Run a marathon' }).waitFor();
    expect(app.core.snapshot().goals).toContainEqual(expect.objectContaining({ title: 'Run a marathon', status: 'achieved' }));
  });

  it('confirms before deleting a mentor and says what goes with it', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/mentors`);
    await page.getByRole('link', { name: 'Ada Lovelace' }).click();
    await page.getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('1 goal link').waitFor();
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    expect(app.core.snapshot().mentors).toHaveLength(3);
    await page.getByRole('button', { name: 'Delete…' }).click();
    await dialog.getByRole('button', { name: 'Delete for good' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mentors' }).waitFor();
    expect(app.core.snapshot().mentors).toHaveLength(2);
  });

  it('warns when a new mentor has the name of an existing one, and still saves it', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/mentors/new`);
    await page.getByLabel('Name').fill('  grace hopper ');
    await page.getByText('You already have a mentor called “Grace Hopper”').waitFor();
    await page.getByLabel('Name').press('Control+Enter');
    await page.getByRole('heading', { level: 1, name: 'grace hopper' }).waitFor();
    const names = app.core.snapshot().mentors.map((m) => (m as { name: string }).name);
    expect(names.filter((n) => n.toLowerCase() === 'grace hopper')).toEqual(['Grace Hopper', 'grace hopper']);
    expect(app.pageErrors).toEqual([]);
  });
});
