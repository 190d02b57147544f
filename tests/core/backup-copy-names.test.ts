import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copiesFolder } from '../../electron/core/backup/daily-copies';
import { createTestCore, ok, type TestCore } from '../helpers/store';

type Copy = { fileName: string; date: string; kind: string };
const listed = async (core: TestCore) => (await ok<{ copies: Copy[] }>(core, 'backup.copies')).copies;

// Copies are named on this machine's calendar (as the daily copies are), so the test moves the machine.
const zoneBefore = process.env.TZ;
let core: TestCore;
beforeEach(async () => {
  process.env.TZ = 'America/Los_Angeles';
  core = await createTestCore({ clockStart: '2026-11-20T18:00:00.000Z' });
  await ok(core, 'mentors.create', { name: 'Ada' });
});
afterEach(() => {
  core.dispose();
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

describe('names of the copies taken before a restore and on request', () => {
  it('name the copy taken before a restore by the local day and time, not the UTC one', async () => {
    const daily = (await listed(core)).find((c) => c.kind === 'daily') ?? (await ok<Copy>(core, 'backup.copyNow'));
    // 23:30 on 20 November in Los Angeles is already 07:30 on the 21st in UTC.
    core.clock.set('2026-11-21T07:30:00.000Z');
    const { safetyCopy } = await ok<{ safetyCopy: string }>(core, 'backup.restoreCopy', { fileName: daily.fileName });
    expect(safetyCopy).toBe('before-restore-2026-11-20T23-30-00-000-0800.db');
    expect((await listed(core)).find((c) => c.fileName === safetyCopy)).toMatchObject({ kind: 'before-restore', date: '2026-11-20' });
  });

  it('lists copies newest first and never reuses a name when the clock goes back an hour (end of summer time)', async () => {
    // 1 November 2026, Los Angeles: 01:30 summer time, then (an hour later) 01:10 winter time.
    core.clock.set('2026-11-01T08:30:00.000Z');
    expect(await ok<Copy>(core, 'backup.copyNow')).toMatchObject({ kind: 'daily', date: '2026-11-01' });
    const summer = await ok<Copy>(core, 'backup.copyNow');
    core.clock.set('2026-11-01T09:10:00.000Z');
    const winter = await ok<Copy>(core, 'backup.copyNow');
    const again = await ok<Copy>(core, 'backup.copyNow'); // the same millisecond
    expect(summer.fileName).toBe('copy-2026-11-01T01-30-00-000-0700.db');
    expect(winter.fileName).toBe('copy-2026-11-01T01-10-00-000-0800.db');
    expect(again.fileName).toBe('copy-2026-11-01T01-10-00-001-0800.db');
    const onRequest = (await listed(core)).filter((c) => c.kind === 'on-request').map((c) => c.fileName);
    expect(onRequest).toEqual([again.fileName, winter.fileName, summer.fileName]);
    expect(fs.readdirSync(copiesFolder(core.store)).filter((f) => f.startsWith('copy-'))).toHaveLength(3);
  });

  it('still lists and restores a copy named in UTC by an earlier version', async () => {
    await ok(core, 'backup.copyNow');
    const daily = (await listed(core)).find((c) => c.kind === 'daily')!;
    const older = 'before-restore-2026-11-19T09-00-00-000Z.db';
    fs.copyFileSync(path.join(copiesFolder(core.store), daily.fileName), path.join(copiesFolder(core.store), older));
    expect((await listed(core)).find((c) => c.fileName === older)).toMatchObject({ kind: 'before-restore', date: '2026-11-19' });
    await ok(core, 'mentors.create', { name: 'Grace' });
    await ok(core, 'backup.restoreCopy', { fileName: older });
    expect((core.store.sqlite.prepare('SELECT name FROM mentors').all() as { name: string }[]).map((m) => m.name)).toEqual(['Ada']);
  });
});
