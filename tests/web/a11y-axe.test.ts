import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/store';
import { seriousAxeFindings, type AxeFinding } from './axe';
import { openBrowserApp, type BrowserApp } from './browser-app';

let app: BrowserApp;
const ids: Record<string, number> = {};

/** A planner with something on every page: mentors, a goal, a planned and a held meeting, commitments in every state. */
async function seed(app: BrowserApp) {
  const { core } = app;
  const mentor = await ok<{ id: number }>(core, 'mentors.create', { name: 'Ada Lovelace', keepInTouchCadenceDays: 30, email: 'ada@example.org' });
  await ok(core, 'mentors.create', { name: 'Grace Hopper', keepInTouchCadenceDays: 14 });
  const goal = await ok<{ id: number }>(core, 'goals.create', { title: 'Lead a team', why: 'Grow as a leader' });
  await ok(core, 'goals.link', { goalId: goal.id, mentorId: mentor.id, canHelpWith: 'Hiring' });
  const held = await ok<{ id: number }>(core, 'meetings.schedule', { mentorId: mentor.id, scheduledAt: '2026-11-16T10:00:00.000Z' });
  await ok(core, 'agenda.add', { meetingId: held.id, text: 'How do I hire well?', minutes: 10 });
  await ok(core, 'meetings.saveNotes', { id: held.id, notes: '# Hiring\n- Hire for **slope**\n## Next\nMeet again' });
  const advice = await ok<{ id: number }>(core, 'advice.create', { meetingId: held.id, text: 'Write a one-page strategy', goalId: goal.id });
  await ok(core, 'advice.toCommitments', { adviceId: advice.id, commitments: [{ title: 'Draft the strategy', dueDate: '2026-11-20' }, { title: 'Share it', dueDate: '2026-12-20' }] });
  const done = await ok<{ id: number }>(core, 'commitments.create', { title: 'Read the book', dueDate: '2026-11-22' });
  await ok(core, 'commitments.complete', { id: done.id, outcome: 'Useful' });
  await ok(core, 'meetings.markHeld', { id: held.id });
  const planned = await ok<{ id: number }>(core, 'meetings.schedule', { mentorId: mentor.id, scheduledAt: '2026-11-25T10:00:00.000Z', durationMinutes: 30 });
  await ok(core, 'agenda.add', { meetingId: planned.id, text: 'Feedback on my packet', minutes: 25, priority: 'high' });
  await ok(core, 'agenda.add', { meetingId: planned.id, text: 'Book tips', minutes: 15, priority: 'low' });
  await ok(core, 'backlog.add', { mentorId: mentor.id, text: 'Thank her for the intro', kind: 'thanks' });
  await ok(core, 'templates.saveFromMeeting', { meetingId: planned.id, name: 'Quarterly check-in' });
  await ok(core, 'backup.copyNow');
  Object.assign(ids, { mentor: mentor.id, goal: goal.id, held: held.id, planned: planned.id });
}

const PAGES: [string, string, string][] = [
  ['Today', '#/', 'Today'],
  ['Mentors', '#/mentors', 'Mentors'],
  ['New mentor', '#/mentors/new', 'New mentor'],
  ['Mentor', '#/mentors/:mentor', 'Ada Lovelace'],
  ['Edit mentor', '#/mentors/:mentor/edit', 'Edit Ada Lovelace'],
  ['Goals', '#/goals', 'Goals'],
  ['New goal', '#/goals/new', 'New goal'],
  ['Goal', '#/goals/:goal', 'Lead a team'],
  ['Edit goal', '#/goals/:goal/edit', 'Edit goal'],
  ['Meetings', '#/meetings', 'Meetings'],
  ['Plan a meeting', '#/meetings/new', 'Plan a meeting'],
  ['Planned meeting', '#/meetings/:planned', 'Meeting with Ada Lovelace'],
  ['Held meeting', '#/meetings/:held', 'Meeting with Ada Lovelace'],
  ['Prep brief', '#/meetings/:planned/prep', 'Prep brief: Ada Lovelace'],
  ['Backlog', '#/meetings/backlog/:mentor', 'Backlog'],
  ['Backlog, every mentor', '#/meetings/backlog', 'Backlog'],
  ['Follow-ups board', '#/follow-ups', 'Follow-ups'],
  ['Advice library', '#/follow-ups/advice', 'Advice library'],
  ['Follow-through', '#/follow-ups/measures', 'Follow-through'],
  ['Search', '#/search?q=strategy', 'Search'],
  ['Settings', '#/settings', 'Settings'],
  ['Quick capture', '#/quick-capture', 'Quick capture'],
];

const describeFindings = (where: string, findings: AxeFinding[]) =>
  findings.map((f) => `${where}: ${f.id} (${f.impact}) — ${f.help}\n    ${f.targets.slice(0, 3).join('\n    ')}`);

async function visit(page: Page, hash: string, heading: string) {
  const target = hash.replace(/:(\w+)/g, (_, key: string) => String(ids[key]));
  await page.goto(`${app.server.url.split('#')[0].replace(/\?token=.*/, '')}${target}`);
  await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
  // Let lazy parts (the chart, lists) settle before checking.
  await page.waitForLoadState('networkidle');
}

beforeAll(async () => {
  app = await openBrowserApp({ clockStart: '2026-11-23T09:00:00.000Z', pageClock: true });
  await seed(app);
});
afterAll(async () => app?.close());

describe.each(['light', 'dark'] as const)('axe-core on every page and dialog (%s theme)', (theme) => {
  it('finds no serious or critical violation on any page', async () => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: theme });
    const problems: string[] = [];
    for (const [name, hash, heading] of PAGES) {
      await visit(page, hash, heading);
      problems.push(...describeFindings(`${name} (${theme})`, await seriousAxeFindings(page)));
    }
    expect(problems).toEqual([]);
  });

  it('finds no serious or critical violation in the dialogs', async () => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: theme });
    const problems: string[] = [];
    /** Opens a dialog, waits for it (and for a field that loads last), checks it, and closes it with Escape. */
    const checkDialog = async (open: () => Promise<unknown>, dialog: string, name: string, loadedField?: string) => {
      await open();
      const shown = page.getByRole('dialog', { name: dialog });
      await (loadedField ? shown.getByLabel(loadedField) : shown).waitFor();
      problems.push(...describeFindings(`${name} (${theme})`, await seriousAxeFindings(page)));
      await page.keyboard.press('Escape');
    };

    await visit(page, '#/meetings/:planned', 'Meeting with Ada Lovelace');
    await checkDialog(() => page.getByRole('button', { name: 'Delete…' }).click(), 'Delete this meeting?', 'Delete meeting dialog');

    await checkDialog(() => page.keyboard.press('Control+k'), 'Command palette', 'Command palette');

    await checkDialog(() => page.keyboard.press('Control+Shift+B'), 'Add to a backlog', 'Add to a backlog dialog');

    await visit(page, '#/meetings/:held', 'Meeting with Ada Lovelace');
    await checkDialog(() => page.getByRole('button', { name: 'Follow-up email…' }).click(), 'Follow-up email', 'Follow-up email dialog', 'Message');

    await visit(page, '#/follow-ups', 'Follow-ups');
    await checkDialog(() => page.getByRole('button', { name: 'Report back…' }).first().click(), 'Report back', 'Report back dialog', 'Message');

    await checkDialog(() => page.getByRole('button', { name: /^Reminders/ }).click(), 'Reminders', 'Reminder panel');

    await checkDialog(() => page.getByRole('button', { name: 'Delete “Share it”…' }).click(), 'Delete this commitment?', 'Delete commitment dialog');

    await visit(page, '#/mentors/:mentor', 'Ada Lovelace');
    await checkDialog(() => page.getByRole('button', { name: 'Progress update…' }).click(), 'Progress update', 'Progress update dialog', 'Message');
    await checkDialog(() => page.getByRole('button', { name: 'Delete…' }).click(), 'Delete Ada Lovelace?', 'Delete mentor dialog');

    await visit(page, '#/mentors/new', 'New mentor');
    await page.getByLabel('Name', { exact: true }).fill('Half typed');
    await checkDialog(() => page.keyboard.press('Escape'), 'Discard what you typed?', 'Discard what you typed dialog');

    await visit(page, '#/goals/:goal', 'Lead a team');
    await checkDialog(() => page.getByRole('button', { name: 'Delete…' }).click(), 'Delete “Lead a team”?', 'Delete goal dialog');

    await visit(page, '#/meetings/:held', 'Meeting with Ada Lovelace');
    await checkDialog(() => page.getByRole('button', { name: 'Delete advice “Write a one-page strategy”' }).click(), 'Delete this advice?', 'Delete advice dialog');

    await visit(page, '#/meetings/:planned', 'Meeting with Ada Lovelace');
    await page.getByText('Agenda templates').click();
    await checkDialog(() => page.getByRole('button', { name: 'Delete “Quarterly check-in”…' }).click(), 'Delete the template “Quarterly check-in”?', 'Delete template dialog');

    await visit(page, '#/settings', 'Settings');
    await checkDialog(() => page.getByRole('button', { name: 'Restore this copy…' }).first().click(), 'Restore this copy?', 'Restore this copy dialog');
    expect(problems).toEqual([]);
  });
});
