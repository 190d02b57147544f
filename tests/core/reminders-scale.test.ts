import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { COUNT_CAP } from '../../electron/core/followups/types';
import { trayModel } from '../../electron/core/reminders/tray-model';
import { deliverDue } from '../../electron/core/reminders/reminders';
import { SHOWN_PER_KIND } from '../../electron/core/reminders/summaries';
import type { ReminderPlan } from '../../electron/core/reminders/types';
import { insertCommitmentRow } from '../helpers/factories/followups';
import { insertManyMentors } from '../helpers/factories/mentors';
import { createTestCore, ok, type TestCore } from '../helpers/store';

// Thousands of open commitments: the plan stays correct, and proportional to what is shown. Timings are printed, not asserted.
const COMMITMENTS = 5_000;
let core: TestCore;

beforeAll(async () => {
  core = await createTestCore({ clockStart: '2026-11-23T10:00:00.000Z' });
  await ok(core, 'settings.update', { reminders: { quietHoursEnabled: false } });
  insertManyMentors(core, 300, '2026-01-01T00:00:00.000Z');
  core.store.sqlite.transaction(() => {
    for (let i = 0; i < COMMITMENTS; i++) insertCommitmentRow(core, { title: `Commitment ${i}`, dueDate: `2026-${String(1 + (i % 12)).padStart(2, '0')}-15` });
  })();
});
afterAll(() => core.dispose());

const due = async (timeZone = 'Europe/Berlin') => ok<ReminderPlan>(core, 'reminders.due', { timeZone });

describe('reminders at scale', () => {
  it('counts 5,000 open commitments, lists a few and sums up the rest in one reminder', async () => {
    let started = performance.now();
    const plan = await due();
    const firstMs = performance.now() - started;
    // Due on the 15th of every month up to November; December's are still ahead.
    const dueCount = COMMITMENTS - Math.floor(COMMITMENTS / 12);
    const commitments = plan.due.filter((r) => r.kind === 'commitment-due');
    expect(commitments).toHaveLength(SHOWN_PER_KIND);
    expect(commitments.every((r) => r.key.endsWith(':2026-11-15'))).toBe(true);
    expect(dueCount).toBeGreaterThan(COUNT_CAP);
    // Counting stops at COUNT_CAP: the summary says "999+".
    expect(plan.more.find((s) => s.kind === 'commitment-due')).toMatchObject({ count: COUNT_CAP, title: '999+ more overdue commitments', route: '/follow-ups' });
    expect(plan.nextDueAt).toBe('2026-12-15T08:00:00.000Z');
    const bytes = JSON.stringify(plan).length;
    expect(bytes).toBeLessThan(50_000);
    const model = trayModel(plan, core.clock.now(), 'Europe/Berlin');
    expect(model).toMatchObject({ count: plan.total, tooltip: 'Mentor Planner — 999+ due' });
    expect(model.menu.length).toBeLessThan(25);
    started = performance.now();
    await due();
    const keptMs = performance.now() - started;
    console.log(`[reminders-scale] plan of ${COMMITMENTS} commitments and 300 mentors: ${firstMs.toFixed(1)} ms, then ${keptMs.toFixed(2)} ms kept; ${bytes} bytes of JSON`);
  });

  it('plans again as soon as the data changes, in this process or another', async () => {
    const listed = async () => (await due()).due.map((r) => r.title);
    expect(await listed()).not.toContain('Due: One more');
    await ok(core, 'commitments.create', { title: 'One more', dueDate: '2026-11-20' });
    expect(await listed()).toContain('Due: One more');
    // A write by another connection (the desktop app beside the browser server) is seen too.
    const other = new (core.store.sqlite.constructor as typeof import('better-sqlite3'))(core.store.path);
    other.prepare("UPDATE commitments SET status = 'dropped' WHERE title = 'One more'").run();
    other.close();
    expect(await listed()).not.toContain('Due: One more');
  });

  it('announces only what is news: the first check the newest few, then nothing, and never an old one moving up', () => {
    const first = deliverDue(core.store.db, core.clock.now(), 'UTC').delivered;
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThanOrEqual(SHOWN_PER_KIND * 6);
    expect(deliverDue(core.store.db, core.clock.now(), 'UTC').delivered).toEqual([]);
    // Completing the listed ones brings older ones up the list: shown, not announced.
    core.clock.set('2026-11-23T10:05:00.000Z');
    for (const r of first) if (r.commitmentId) core.store.sqlite.prepare("UPDATE commitments SET status = 'dropped' WHERE id = ?").run(r.commitmentId);
    const after = deliverDue(core.store.db, core.clock.now(), 'UTC');
    expect(after.plan.due.some((r) => r.kind === 'commitment-due')).toBe(true);
    expect(after.delivered).toEqual([]);
  });

  it('skips rows written straight into the file with unreadable dates, logs them, and plans the rest', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stamp = '2026-11-23T10:00:00.000Z';
    const insert = core.store.sqlite.prepare('INSERT INTO commitments (title, due_date, snoozed_until, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    insert.run('Due soon, they said', 'soon', null, stamp, stamp);
    insert.run('Snoozed until zzz', '2026-11-20', 'zzz', stamp, stamp);
    const plan = await due('UTC');
    expect(plan.due.some((r) => r.title.includes('soon') || r.title.includes('zzz'))).toBe(false);
    expect(plan.total).toBeGreaterThan(0);
    expect(plan.nextDueAt).toMatch(/^2026-12-15T/);
    const logged = warn.mock.calls.map((c) => String(c[0])).join('\n');
    expect(logged).toContain('due_date is not a date ("soon")');
    expect(logged).toContain('snoozed_until is not a date ("zzz")');
    warn.mockRestore();
  });
});
