import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAMES_IN_EVERY_SCRIPT } from '../helpers/hostile';
import { ok } from '../helpers/store';
import { openBrowserApp, type BrowserApp } from './browser-app';

// Names in every script, a megabyte of notes and a 10 000-item agenda, shown by the real renderer.
let app: BrowserApp;
const mentorIds: number[] = [];
let bigMeetingId: number;
let notesMeetingId: number;
let bigNotes: string;
const AGENDA_ITEMS = 10_000;

beforeAll(async () => {
  app = await openBrowserApp();
  const { core } = app;
  for (const name of NAMES_IN_EVERY_SCRIPT) {
    mentorIds.push((await ok<{ id: number }>(core, 'mentors.create', { name })).id);
    await ok(core, 'goals.create', { title: name });
  }
  const meeting = await ok<{ id: number }>(core, 'meetings.schedule', { mentorId: mentorIds[0], scheduledAt: '2026-12-01T10:00:00Z' });
  bigMeetingId = meeting.id;
  notesMeetingId = (await ok<{ id: number }>(core, 'meetings.schedule', { mentorId: mentorIds[1], scheduledAt: '2026-12-02T10:00:00Z' })).id;
  bigNotes = `# Notes\n\n${'- A point worth remembering · 要点 · نقطة مهمة · 👩🏽‍💻\n'.repeat(14_000)}`;
  await ok(core, 'meetings.saveNotes', { id: notesMeetingId, notes: bigNotes });
  // The agenda goes in with one raw transaction: adding 10 000 items through the contract is covered
  // by tests/core/hardening-limits.test.ts; here the read path and the rendering are under test.
  const insert = core.store.sqlite.prepare(
    "INSERT INTO agenda_items (mentor_id, meeting_id, text, minutes, position, created_at, updated_at) VALUES (?, ?, ?, 1, ?, '2026-11-23T09:00:00.000Z', '2026-11-23T09:00:00.000Z')",
  );
  core.store.sqlite.transaction(() => {
    for (let i = 0; i < AGENDA_ITEMS; i++) insert.run(mentorIds[0], bigMeetingId, `Talking point ${i}`, i);
  })();
});
afterAll(async () => app?.close());

describe('limits in the browser', () => {
  it('lists names in every script exactly as stored', async () => {
    const { page } = app;
    await page.evaluate(() => (window.location.hash = '/mentors'));
    await page.getByText(NAMES_IN_EVERY_SCRIPT[0], { exact: true }).first().waitFor();
    const text = await page.locator('main').textContent();
    for (const name of NAMES_IN_EVERY_SCRIPT) expect(text, name).toContain(name);
    await page.evaluate(() => (window.location.hash = '/goals'));
    await page.getByText(NAMES_IN_EVERY_SCRIPT[1], { exact: true }).first().waitFor();
    const goalsText = await page.locator('main').textContent();
    for (const name of NAMES_IN_EVERY_SCRIPT) expect(goalsText, name).toContain(name);
  });

  it('heads each mentor’s page with the name, unchanged (RTL, joiners and combining marks intact)', async () => {
    const { page } = app;
    for (const [i, id] of mentorIds.entries()) {
      await page.evaluate((hash) => (window.location.hash = hash), `/mentors/${id}`);
      const heading = page.getByRole('heading', { level: 1 });
      await heading.filter({ hasText: NAMES_IN_EVERY_SCRIPT[i] }).waitFor();
      expect(await heading.textContent()).toBe(NAMES_IN_EVERY_SCRIPT[i]);
    }
  });

  it('opens a meeting with 1 MB of notes, all of it in the editor', async () => {
    const { page } = app;
    const started = Date.now();
    await page.evaluate((hash) => (window.location.hash = hash), `/meetings/${notesMeetingId}`);
    const notes = page.getByLabel('Meeting notes (Markdown)');
    await notes.waitFor({ timeout: 60_000 });
    await expect.poll(async () => (await notes.inputValue()).length, { timeout: 60_000 }).toBe(bigNotes.length);
    expect((await notes.inputValue()) === bigNotes).toBe(true);
    console.log(`meeting page with ${(Buffer.byteLength(bigNotes) / 1e6).toFixed(2)} MB of notes ready in ${Date.now() - started} ms`);
  }, 150_000);

  it('opens a meeting with 10 000 agenda items, showing the first and counting them all', async () => {
    const { page } = app;
    const started = Date.now();
    await page.evaluate((hash) => (window.location.hash = hash), `/meetings/${bigMeetingId}`);
    await page.locator('[aria-label="Talking point 0"]').first().waitFor({ timeout: 120_000 });
    await expect(page.getByTestId('agenda-total').textContent()).resolves.toContain(`${AGENDA_ITEMS}`);
    console.log(`meeting page with ${AGENDA_ITEMS} agenda items ready in ${Date.now() - started} ms`);
  }, 150_000);

  it('produced no script errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
