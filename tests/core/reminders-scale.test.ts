import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trayModel } from '../../electron/core/reminders/tray-model';
import { currentPlan, deliverDue } from '../../electron/core/reminders/reminders';
import { insertCommitmentRow } from '../helpers/factories/followups';
import { insertManyMentors } from '../helpers/factories/mentors';
import { createTestCore, type TestCore } from '../helpers/store';

// Thousands of open commitments: the plan stays correct and cheap enough to run on every data change.
// Timings are printed, not asserted.
const COMMITMENTS = 5_000;
let core: TestCore;

beforeAll(async () => {
  core = await createTestCore({ clockStart: '2026-11-23T10:00:00.000Z' });
  insertManyMentors(core, 300, '2026-01-01T00:00:00.000Z');
  core.store.sqlite.transaction(() => {
    for (let i = 0; i < COMMITMENTS; i++) insertCommitmentRow(core, { title: `Commitment ${i}`, dueDate: `2026-${String(1 + (i % 12)).padStart(2, '0')}-15` });
  })();
});
afterAll(() => core.dispose());

describe('reminders at scale', () => {
  it('plans 5,000 open commitments correctly, and keeps the tray menu short', () => {
    const started = performance.now();
    const plan = currentPlan(core.store.db, core.clock.now(), 'Europe/Berlin');
    const ms = performance.now() - started;
    // Due on the 15th of every month up to November; December's are still ahead.
    const dueCommitments = plan.due.filter((r) => r.kind === 'commitment-due');
    expect(dueCommitments).toHaveLength(COMMITMENTS - Math.floor(COMMITMENTS / 12));
    expect(plan.nextDueAt).toBe('2026-12-15T08:00:00.000Z');
    const model = trayModel(plan, core.clock.now(), 'Europe/Berlin');
    expect(model.count).toBe(plan.due.length);
    expect(model.menu.length).toBeLessThan(20);
    console.log(`[reminders-scale] plan of ${COMMITMENTS} commitments and 300 mentors: ${ms.toFixed(1)} ms`);
  });

  it('claims them all once, and a second check claims nothing', () => {
    let started = performance.now();
    const first = deliverDue(core.store.db, core.clock.now(), 'UTC').delivered.length;
    const firstMs = performance.now() - started;
    started = performance.now();
    const second = deliverDue(core.store.db, core.clock.now(), 'UTC').delivered.length;
    const secondMs = performance.now() - started;
    expect(first).toBeGreaterThanOrEqual(COMMITMENTS - Math.floor(COMMITMENTS / 12));
    expect(second).toBe(0);
    console.log(`[reminders-scale] first claim ${first} reminders: ${firstMs.toFixed(1)} ms; next check: ${secondMs.toFixed(1)} ms`);
  });
});
