import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqlite, wrapSqlite } from '../../electron/core/db/client';
import { dispatch } from '../../electron/core/handlers';
import { toErrorPayload } from '../../electron/core/errors';
import type { Context } from '../../electron/core/operation';
import { createTestCore, ok, type TestCore } from '../helpers/store';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore();
  await ok(core, 'mentors.create', { name: 'Ada' });
});
afterEach(() => core.dispose());

const contextOn = (sqlite: Database.Database): Context => ({
  store: wrapSqlite(sqlite, core.store.path),
  db: wrapSqlite(sqlite, core.store.path).db,
  now: core.ctx.now,
  appVersion: 'test',
  platform: {},
});

describe('faults of the disk and the data file answer with sentences and typed codes', () => {
  it('says the disk is full, saves nothing, and lets the same write through once there is room', async () => {
    const pages = core.store.sqlite.pragma('page_count', { simple: true }) as number;
    core.store.sqlite.pragma(`max_page_count = ${pages}`);
    const before = core.snapshot();
    const result = await core.call('mentors.create', { name: 'Grace', notes: 'n'.repeat(19_000) });
    expect(result).toEqual({
      ok: false,
      error: { code: 'DISK_FULL', message: 'The disk is full: nothing was saved. Free some space and try again.', retryable: true },
    });
    expect(core.snapshot()).toEqual(before);
    core.store.sqlite.pragma(`max_page_count = ${pages * 100}`);
    expect(await core.call('mentors.create', { name: 'Grace', notes: 'n'.repeat(19_000) })).toMatchObject({ ok: true });
  });

  it('says the data is read-only and saves nothing', async () => {
    const readOnly = new Database(core.store.path, { readonly: true, fileMustExist: true });
    const result = await dispatch(contextOn(readOnly), 'mentors.create', { name: 'Grace' });
    readOnly.close();
    expect(result).toMatchObject({ ok: false, error: { code: 'READ_ONLY', message: expect.stringMatching(/read-only.*nothing was saved/) } });
    expect(core.snapshot().mentors).toHaveLength(1);
  });

  it('says another Mentor Planner holds the data after trying for the whole busy timeout, retry-able', async () => {
    const other = openSqlite(core.store.path);
    const mine = openSqlite(core.store.path);
    mine.pragma('busy_timeout = 300');
    other.prepare('BEGIN IMMEDIATE').run();
    const started = Date.now();
    const result = await dispatch(contextOn(mine), 'mentors.create', { name: 'Grace' });
    const waited = Date.now() - started;
    other.prepare('ROLLBACK').run();
    expect(result).toMatchObject({ ok: false, error: { code: 'BUSY', retryable: true, message: expect.stringMatching(/was not saved\. Try again/) } });
    expect(waited).toBeGreaterThanOrEqual(300);
    expect(await dispatch(contextOn(mine), 'mentors.create', { name: 'Grace' })).toMatchObject({ ok: true });
    other.close();
    mine.close();
  });

  it('says a file could not be opened, or a name is too long, instead of "something went wrong"', () => {
    const cantOpen = (() => {
      try {
        core.store.sqlite.prepare('ATTACH DATABASE ? AS gone').run(path.join(core.dir, 'no-such-folder', 'x.db'));
      } catch (error) {
        return error;
      }
    })();
    expect(toErrorPayload(cantOpen)).toMatchObject({ code: 'CANNOT_OPEN', message: expect.stringMatching(/could not open a file it needs/) });
    const tooLong = (() => {
      try {
        fs.writeFileSync(path.join(core.dir, `${'会議'.repeat(90)}.ics`), 'x');
      } catch (error) {
        return error;
      }
    })();
    expect(toErrorPayload(tooLong)).toMatchObject({ code: 'NAME_TOO_LONG', message: expect.stringMatching(/file name is too long/) });
  });
});
