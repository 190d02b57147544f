import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core/app-core';
import { runDailyCopyIfDue } from '../../electron/core/backup/daily-copies';
import { callBrowserMode as call, startBrowserMode, stopBrowserMode as stopServer } from '../helpers/browser-mode';
import { MIGRATIONS, tempDir } from '../helpers/store';
import { removeTree } from '../helpers/remove-tree';

// The desktop app finds the data file damaged while browser mode has the same data folder open: the
// finding must stop the other process's writes too, and after the desktop restores a good copy in place,
// the other process must not go on writing into the damaged file it still has open (now moved aside).
const dataDir = tempDir('mp-damage-two-');
const children: ChildProcess[] = [];
const cores: Core[] = [];
afterAll(() => {
  for (const core of cores) core.close();
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  removeTree(dataDir);
});

async function desktop(): Promise<Core> {
  const core = await startCore({ dataDir, migrationsFolderCandidates: [MIGRATIONS], appVersion: 'test', dailyCopyAfterMs: null });
  cores.push(core);
  return core;
}

/** Overwrites pages in the middle of the (closed) file with garbage, as a failing disk or a bad sync would. */
function damageMiddlePages(file: string) {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(4096 * 8, 0xa5), 0, 4096 * 8, Math.floor(size / 2 / 4096) * 4096);
  fs.closeSync(fd);
}

describe('a damaged data file, two processes', () => {
  it('stops browser mode writing when the desktop finds the damage, and after the desktop restores a copy', async () => {
    const first = await desktop();
    const insert = first.store.sqlite.prepare("INSERT INTO mentors (name, notes, created_at, updated_at) VALUES (?, ?, 'x', 'x')");
    first.store.sqlite.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run(`Mentor ${i}`, `Notes about mentor ${i} `.repeat(20));
    })();
    // Today's good copy, so neither process takes (and checks) one by itself.
    const good = (await runDailyCopyIfDue(first.store, new Date(), first.ctx.health))!;
    first.close();
    damageMiddlePages(path.join(dataDir, 'mentor-planner.db'));

    const app = await desktop();
    const browser = await startBrowserMode(dataDir, children);
    // Nobody has looked yet: the settings row sits in an early, sound page, so browser mode saves it.
    expect(await call(browser, 'settings.update', { defaultMeetingMinutes: 40 })).toMatchObject({ ok: true });

    // The desktop checks the file (a copy on request runs SQLite's quick_check) and finds the damage.
    expect(await app.call('backup.copyNow', {})).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    expect(app.ctx.health?.damaged).not.toBeNull();
    expect(await call(browser, 'settings.update', { defaultMeetingMinutes: 45 })).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    expect(await call(browser, 'app.health')).toMatchObject({ ok: true, value: { damaged: expect.stringMatching(/damaged/) } });

    // The desktop restores the good copy in place; browser mode still has the old file open (moved aside).
    expect(await app.call('backup.restoreCopy', { fileName: good.fileName })).toMatchObject({ ok: true });
    expect(await call(browser, 'app.health')).toMatchObject({ ok: true, value: { damaged: null } });
    expect(await call(browser, 'settings.update', { defaultMeetingMinutes: 50 })).toMatchObject({
      ok: false,
      error: { code: 'REPLACED', message: expect.stringMatching(/put a backup copy in place of your data.*open Mentor Planner again/) },
    });
    await stopServer(browser);

    // Started again, browser mode works on the restored file, and the desktop sees what it saves.
    const again = await startBrowserMode(dataDir, children);
    expect(await call(again, 'settings.update', { defaultMeetingMinutes: 55 })).toMatchObject({ ok: true });
    expect(await app.call('settings.get', {})).toMatchObject({ ok: true, value: { defaultMeetingMinutes: 55 } });
    expect(await app.call('mentors.create', { name: 'Saved after the restore' })).toMatchObject({ ok: true });
    await stopServer(again);
  });
});
