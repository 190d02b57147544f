import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, checkStoreIdentity } from '../../electron/core/db/identity';
import { openStore } from '../../electron/core/db/migrate';
import { restoreRefusedFile } from '../../electron/core/db/put-copy-in-place';
import { StoreError } from '../../electron/core/errors';
import { MIGRATIONS, tempDir } from '../helpers/store';
import { removeTree } from '../helpers/remove-tree';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) removeTree(dir);
});

const now = () => new Date('2026-11-23T09:00:00.000Z');

/** A data folder holding a good Mentor Planner database and one daily copy of it. */
async function dataFolder() {
  const dir = tempDir('mp-identity-');
  dirs.push(dir);
  const dbPath = path.join(dir, 'mentor-planner.db');
  const store = await openStore({ path: dbPath, migrationsFolder: MIGRATIONS, now });
  store.sqlite.prepare("INSERT INTO mentors (name, created_at, updated_at) VALUES ('Ada', 'x', 'x')").run();
  fs.mkdirSync(path.join(dir, 'backups'));
  await store.sqlite.backup(path.join(dir, 'backups', 'mentor-planner-2026-11-22.db'));
  store.close();
  return { dir, dbPath };
}

/** Every file in the folder (side files included) with its bytes, for "left untouched" assertions. */
function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs.readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const file = path.join(e.parentPath, e.name);
        return [path.relative(dir, file), fs.readFileSync(file).toString('base64')];
      }),
  );
}

async function expectRefusedUntouched(dir: string, dbPath: string, sentence: RegExp) {
  const before = filesOf(dir);
  const error = await openStore({ path: dbPath, migrationsFolder: MIGRATIONS, now }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  expect((error as StoreError).code).toBe('NOT_OUR_FILE');
  expect((error as StoreError).message).toMatch(sentence);
  expect((error as StoreError).message).toMatch(/left it untouched.*restore the newest good copy \(mentor-planner-2026-11-22\.db/);
  expect((error as StoreError).restoreOffer?.copy?.fileName).toBe('mentor-planner-2026-11-22.db');
  expect(filesOf(dir)).toEqual(before);
  return (error as StoreError).restoreOffer!;
}

/** Another program's database, in WAL mode, with a log still beside it (written, not yet checkpointed). */
function foreignDatabaseWithLog(dir: string): { file: string; sqlite: Database.Database } {
  const file = path.join(dir, 'other-app.db');
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('wal_autocheckpoint = 0');
  sqlite.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('not a mentor')");
  return { file, sqlite };
}

describe('the data file’s identity at start-up', () => {
  it('marks a new database as Mentor Planner’s', async () => {
    const { dbPath } = await dataFolder();
    const sqlite = new Database(dbPath, { readonly: true });
    expect(sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    sqlite.close();
    expect(checkStoreIdentity(dbPath).status).toBe('ours');
  });

  it('adopts a file from before the mark that holds Mentor Planner’s tables, and marks it', async () => {
    const { dbPath } = await dataFolder();
    const legacy = new Database(dbPath);
    legacy.pragma('application_id = 0');
    legacy.close();
    expect(checkStoreIdentity(dbPath).status).toBe('adopt');
    const store = await openStore({ path: dbPath, migrationsFolder: MIGRATIONS, now });
    expect(store.sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(store.sqlite.prepare('SELECT name FROM mentors').pluck().all()).toEqual(['Ada']);
    store.close();
  });

  it('refuses another program’s SQLite database untouched and offers the newest good copy', async () => {
    const { dir, dbPath } = await dataFolder();
    const { file, sqlite } = foreignDatabaseWithLog(dir);
    sqlite.close();
    fs.rmSync(dbPath);
    fs.renameSync(file, dbPath);
    await expectRefusedUntouched(dir, dbPath, /is an SQLite database of another program/);
  });

  it('refuses a file that is not a database at all, untouched, and restores the copy offered in one step', async () => {
    const { dir, dbPath } = await dataFolder();
    const diary = 'Dear diary, today I met my mentor.\n'.repeat(200);
    fs.writeFileSync(dbPath, diary);
    const offer = await expectRefusedUntouched(dir, dbPath, /is not a Mentor Planner database/);
    const aside = restoreRefusedFile(offer, now());
    expect(fs.readFileSync(path.join(dir, aside!), 'utf8')).toBe(diary);
    const store = await openStore({ path: dbPath, migrationsFolder: MIGRATIONS, now });
    expect(store.sqlite.prepare('SELECT name FROM mentors').pluck().all()).toEqual(['Ada']);
    store.close();
  });

  it('refuses a database marked by another application, untouched', async () => {
    const { dir, dbPath } = await dataFolder();
    const other = new Database(dbPath);
    other.pragma('application_id = 1234');
    other.close();
    await expectRefusedUntouched(dir, dbPath, /is not a Mentor Planner database/);
  });

  it('refuses a zero-byte file when backups exist, untouched', async () => {
    const { dir, dbPath } = await dataFolder();
    fs.writeFileSync(dbPath, '');
    await expectRefusedUntouched(dir, dbPath, /is empty \(0 bytes\) although there are backup copies/);
  });

  it('starts a new planner from a zero-byte file when there is nothing to restore', async () => {
    const dir = tempDir('mp-identity-');
    dirs.push(dir);
    const dbPath = path.join(dir, 'mentor-planner.db');
    fs.writeFileSync(dbPath, '');
    (await openStore({ path: dbPath, migrationsFolder: MIGRATIONS, now })).close();
    expect(checkStoreIdentity(dbPath).status).toBe('ours');
  });

  it('refuses a stray write-ahead log from another database beside our file, both untouched', async () => {
    const { dir, dbPath } = await dataFolder();
    const { file, sqlite } = foreignDatabaseWithLog(dir);
    fs.copyFileSync(`${file}-wal`, `${dbPath}-wal`);
    sqlite.close();
    fs.rmSync(file);
    await expectRefusedUntouched(dir, dbPath, /write-ahead log \(mentor-planner\.db-wal\) that belongs to another database/);
  });

  it('refuses a write-ahead log without its database, untouched', async () => {
    const { dir, dbPath } = await dataFolder();
    const { file, sqlite } = foreignDatabaseWithLog(dir);
    fs.copyFileSync(`${file}-wal`, `${dbPath}-wal`);
    sqlite.close();
    fs.rmSync(file);
    fs.rmSync(dbPath);
    await expectRefusedUntouched(dir, dbPath, /write-ahead log \(mentor-planner\.db-wal\) but no database/);
  });

  it('refuses a file whose list of tables SQLite cannot read, leaving its bytes as they were, and offers the copy', async () => {
    const { dbPath } = await dataFolder();
    const fd = fs.openSync(dbPath, 'r+');
    fs.writeSync(fd, Buffer.alloc(3000, 0xee), 0, 3000, 100);
    fs.closeSync(fd);
    const before = fs.readFileSync(dbPath);
    const error = (await openStore({ path: dbPath, migrationsFolder: MIGRATIONS, now }).catch((e: unknown) => e)) as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.code).toBe('DAMAGED_FILE');
    expect(error.message).toMatch(/is damaged: SQLite cannot read its list of tables.*left it untouched.*mentor-planner-2026-11-22\.db/);
    expect(error.restoreOffer?.copy?.fileName).toBe('mentor-planner-2026-11-22.db');
    expect(fs.readFileSync(dbPath)).toEqual(before);
  });

  it('opens its own file with its own log after a crash, keeping the logged writes', async () => {
    const { dir, dbPath } = await dataFolder();
    const writer = new Database(dbPath);
    writer.pragma('wal_autocheckpoint = 0');
    writer.prepare("INSERT INTO mentors (name, created_at, updated_at) VALUES ('Grace', 'x', 'x')").run();
    // A crash: the log is left as it was, without the checkpoint a clean close would do.
    fs.copyFileSync(`${dbPath}-wal`, path.join(dir, 'saved-wal'));
    fs.copyFileSync(dbPath, path.join(dir, 'saved-db'));
    writer.close();
    fs.renameSync(path.join(dir, 'saved-db'), dbPath);
    fs.renameSync(path.join(dir, 'saved-wal'), `${dbPath}-wal`);
    expect(checkStoreIdentity(dbPath).status).toBe('ours');
    const store = await openStore({ path: dbPath, migrationsFolder: MIGRATIONS, now });
    expect(store.sqlite.prepare('SELECT name FROM mentors ORDER BY id').pluck().all()).toEqual(['Ada', 'Grace']);
    store.close();
  });

  it('costs well under the 10 ms start-up budget on a marked file (figure printed)', async () => {
    const { dbPath } = await dataFolder();
    const runs = 200;
    const started = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) checkStoreIdentity(dbPath);
    const perCheckMs = Number(process.hrtime.bigint() - started) / 1e6 / runs;
    console.log(`[bench] checkStoreIdentity: ${perCheckMs.toFixed(3)} ms per check (${runs} runs)`);
    expect(checkStoreIdentity(dbPath).status).toBe('ours');
  });
});
