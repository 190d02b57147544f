import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core/app-core';
import { listCopies, runDailyCopyIfDue } from '../../electron/core/backup/daily-copies';
import { recordSourceError } from '../../electron/core/calendars/sources';
import { writeDamageMarker } from '../../electron/core/db/damage-marker';
import { quickCheckInWorker } from '../../electron/core/db/integrity';
import { MIGRATIONS, tempDir } from '../helpers/store';
import { setUpSync, syncFolder } from '../helpers/sync';
import { removeTree } from '../helpers/remove-tree';

const dirs: string[] = [];
const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  for (const dir of dirs.splice(0)) removeTree(dir);
});

const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));

async function open(dir: string, dailyCopyAfterMs: number | null = null) {
  const core = await startCore({ dataDir: dir, migrationsFolderCandidates: [MIGRATIONS], appVersion: 'test', now: () => day(23), dailyCopyAfterMs });
  cores.push(core);
  return core;
}

/** A planner with enough mentors to fill many pages. */
async function filledFolder() {
  const dir = tempDir('mp-damage-');
  dirs.push(dir);
  const core = await open(dir);
  const insert = core.store.sqlite.prepare("INSERT INTO mentors (name, notes, created_at, updated_at) VALUES (?, ?, 'x', 'x')");
  core.store.sqlite.transaction(() => {
    for (let i = 0; i < 3000; i++) insert.run(`Mentor ${i}`, `Notes about mentor ${i} `.repeat(20));
  })();
  return { dir, core };
}

/** Overwrites pages in the middle of the (closed) file with garbage, as a failing disk or a bad sync would. */
function damageMiddlePages(file: string) {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(4096 * 8, 0xa5), 0, 4096 * 8, Math.floor(size / 2 / 4096) * 4096);
  fs.closeSync(fd);
}

const copyNames = (core: Core) => listCopies(core.store).map((c) => c.fileName);

describe('damage inside the data file', () => {
  it('takes the daily copy in the background after start, checked, never before the core is ready', async () => {
    const { dir, core } = await filledFolder();
    core.close();
    const started = await open(dir, 30);
    expect(copyNames(started)).toEqual([]);
    await started.dailyCopy();
    expect(copyNames(started)).toEqual(['mentor-planner-2026-11-23.db']);
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual(['mentor-planner-2026-11-23.db']);
  });

  it('never makes a copy of a damaged file, keeps every good copy, and refuses writes with the restore offer', async () => {
    const { dir, core } = await filledFolder();
    for (let d = 10; d <= 16; d++) await runDailyCopyIfDue(core.store, day(d), core.ctx.health);
    const good = copyNames(core);
    expect(good).toHaveLength(7);
    core.close();
    damageMiddlePages(path.join(dir, 'mentor-planner.db'));

    const damaged = await open(dir);
    for (let d = 17; d <= 25; d++) {
      await expect(runDailyCopyIfDue(damaged.store, day(d), damaged.ctx.health)).rejects.toMatchObject({ code: 'DAMAGED' });
    }
    expect(copyNames(damaged)).toEqual(good);
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((f) => !good.includes(f))).toEqual([]);
    expect(damaged.ctx.health?.damaged?.problems.length).toBeGreaterThan(0);

    const refused = await damaged.call('mentors.create', { name: 'Not saved' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'DAMAGED', message: expect.stringMatching(/damaged.*nothing was saved.*Restore the newest good copy \(mentor-planner-2026-11-16\.db/) },
    });

    // The restore offered swaps the whole file (the damaged one is kept aside) and writes work again.
    const restored = await damaged.call('backup.restoreCopy', { fileName: 'mentor-planner-2026-11-16.db' });
    expect(restored).toMatchObject({ ok: true, value: { safetyCopy: expect.stringMatching(/^mentor-planner\.db\.damaged-/) } });
    expect(damaged.ctx.health?.damaged).toBeNull();
    expect(await damaged.call('mentors.create', { name: 'Saved again' })).toMatchObject({ ok: true });
    expect(damaged.store.sqlite.prepare('SELECT count(*) FROM mentors').pluck().get()).toBe(3001);
    expect(await quickCheckInWorker(path.join(dir, 'mentor-planner.db'))).toEqual([]);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.damaged-'))).toHaveLength(1);
  });

  it('keeps syncing after a copy is put in place of a damaged file', async () => {
    const { dir, core } = await filledFolder();
    const folder = syncFolder();
    dirs.push(folder);
    await setUpSync(core, folder, 'Laptop');
    await runDailyCopyIfDue(core.store, day(16), core.ctx.health);
    core.close();
    damageMiddlePages(path.join(dir, 'mentor-planner.db'));
    const damaged = await open(dir);
    await expect(runDailyCopyIfDue(damaged.store, day(17), damaged.ctx.health)).rejects.toMatchObject({ code: 'DAMAGED' });
    expect(await damaged.call('backup.restoreCopy', { fileName: 'mentor-planner-2026-11-16.db' })).toMatchObject({ ok: true });
    expect(await damaged.call('mentors.create', { name: 'Saved and synced' })).toMatchObject({ ok: true });
    expect(damaged.store.sqlite.prepare("SELECT count(*) FROM sync_outbox WHERE values_json LIKE '%Saved and synced%'").pluck().get()).toBe(1);
  });

  it('writes nothing into a file found damaged, not even the error of a failing sync round or calendar refresh', async () => {
    const dir = tempDir('mp-damage-');
    dirs.push(dir);
    const folder = syncFolder();
    dirs.push(folder);
    const core = await open(dir);
    await setUpSync(core, folder, 'Laptop');
    const sqlite = core.store.sqlite;
    const source = Number(
      sqlite.prepare("INSERT INTO calendar_sources (kind, name, url, created_at, updated_at) VALUES ('ics_url', 'Work', 'http://127.0.0.1:9/x.ics', 'x', 'x')").run().lastInsertRowid,
    );
    const before = () => sqlite.prepare('SELECT (SELECT last_error FROM sync_state) AS syncError, (SELECT last_sync_at FROM sync_state) AS lastSync, (SELECT last_error || updated_at FROM calendar_sources) AS calendar, (SELECT count(*) FROM sync_outbox) AS outbox').get();
    const start = before();
    // Another process (browser mode beside the desktop) found the damage and said so beside the file.
    writeDamageMarker(path.join(dir, 'mentor-planner.db'), { problems: ['page 7: checksum mismatch'], at: '2026-11-23T09:00:00.000Z' });
    expect(await core.call('sync.now', {})).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    recordSourceError(core.ctx.db, source, 'The calendar could not be read.', day(23));
    expect(before()).toEqual(start);
  });

  it('checks the file when SQLite reports it corrupt, then refuses writes', async () => {
    const { dir, core } = await filledFolder();
    core.close();
    damageMiddlePages(path.join(dir, 'mentor-planner.db'));
    const damaged = await open(dir);
    const read = await damaged.call('mentors.list', {});
    expect(read).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    await damaged.ctx.health?.pending;
    expect(damaged.ctx.health?.damaged).not.toBeNull();
    expect(await damaged.call('settings.update', { defaultMeetingMinutes: 45 })).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
  });

  it('finds the damage with quick_check in a worker and passes a sound file', async () => {
    const { dir, core } = await filledFolder();
    core.close();
    const file = path.join(dir, 'mentor-planner.db');
    expect(await quickCheckInWorker(file)).toEqual([]);
    damageMiddlePages(file);
    expect((await quickCheckInWorker(file)).length).toBeGreaterThan(0);
  });
});
