import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, readJournal } from '../../electron/core/db/migrate';
import { StoreError } from '../../electron/core/errors';
import { MIGRATIONS, tempDir } from '../helpers/store';
import { removeTree } from '../helpers/remove-tree';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) removeTree(dir);
});

function workDir() {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
}

/** A copy of the real migrations with one more migration appended (a schema change to come). */
function migrationsPlus(extraSql: string): string {
  const folder = path.join(workDir(), 'drizzle');
  fs.cpSync(MIGRATIONS, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8'));
  const last = journal.entries[journal.entries.length - 1];
  const tag = `${String(last.idx + 1).padStart(4, '0')}_test_extra`;
  journal.entries.push({ ...last, idx: last.idx + 1, tag, when: last.when + 1000 });
  fs.writeFileSync(journalPath, JSON.stringify(journal));
  fs.writeFileSync(path.join(folder, `${tag}.sql`), extraSql);
  return folder;
}

const now = () => new Date('2026-11-23T09:00:00.000Z');

describe('the store', () => {
  it('creates every table from an empty file through the real migrations', async () => {
    const dbPath = path.join(workDir(), 'mentor-planner.db');
    const store = await openStore({ path: dbPath, migrationsFolder: MIGRATIONS, now });
    const tables = (store.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining(['mentors', 'goals', 'goal_mentors', 'meetings', 'agenda_items', 'agenda_templates', 'advice', 'commitments', 'interactions', 'gives', 'settings', 'reminder_log']),
    );
    expect(store.migrated).toBe(readJournal(MIGRATIONS).entries.length);
    expect(store.backupPath).toBeNull();
    store.close();
  });

  it('sets WAL, foreign keys and a busy timeout on every open', async () => {
    const dbPath = path.join(workDir(), 'mentor-planner.db');
    const store = await openStore({ path: dbPath, migrationsFolder: MIGRATIONS, now });
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    store.close();
  });

  it('does not migrate or back up a file that is already current', async () => {
    const dbPath = path.join(workDir(), 'mentor-planner.db');
    (await openStore({ path: dbPath, migrationsFolder: MIGRATIONS, now })).close();
    const again = await openStore({ path: dbPath, migrationsFolder: MIGRATIONS, now });
    expect(again.migrated).toBe(0);
    expect(again.backupPath).toBeNull();
    again.close();
  });

  it('backs up a file holding data before migrating it, and keeps every row', async () => {
    const dir = workDir();
    const dbPath = path.join(dir, 'mentor-planner.db');
    const first = await openStore({ path: dbPath, migrationsFolder: MIGRATIONS, now });
    first.sqlite
      .prepare("INSERT INTO mentors (name, created_at, updated_at) VALUES ('Ada Lovelace', 'x', 'x'), ('Grace Hopper', 'x', 'x')")
      .run();
    first.close();

    const upgraded = await openStore({
      path: dbPath,
      migrationsFolder: migrationsPlus('ALTER TABLE mentors ADD COLUMN pronouns text;'),
      now,
    });
    expect(upgraded.migrated).toBe(1);
    expect(upgraded.backupPath).not.toBeNull();
    expect(fs.existsSync(upgraded.backupPath!)).toBe(true);
    const names = upgraded.sqlite.prepare('SELECT name, pronouns FROM mentors ORDER BY id').all();
    expect(names).toEqual([
      { name: 'Ada Lovelace', pronouns: null },
      { name: 'Grace Hopper', pronouns: null },
    ]);
    upgraded.close();
  });

  it('restores the file from its backup when a migration fails, and says so', async () => {
    const dir = workDir();
    const dbPath = path.join(dir, 'mentor-planner.db');
    const first = await openStore({ path: dbPath, migrationsFolder: MIGRATIONS, now });
    first.sqlite.prepare("INSERT INTO goals (title, created_at, updated_at) VALUES ('Lead a team of 10', 'x', 'x')").run();
    first.close();

    const broken = migrationsPlus('ALTER TABLE goals ADD COLUMN owner text;\n--> statement-breakpoint\nTHIS IS NOT SQL;');
    const attempt = openStore({ path: dbPath, migrationsFolder: broken, now });
    await expect(attempt).rejects.toBeInstanceOf(StoreError);
    await expect(attempt).rejects.toThrow(/put back the copy/);

    const reopened = await openStore({ path: dbPath, migrationsFolder: MIGRATIONS, now });
    expect(reopened.migrated).toBe(0);
    expect(reopened.sqlite.prepare('SELECT title FROM goals').all()).toEqual([{ title: 'Lead a team of 10' }]);
    const columns = (reopened.sqlite.prepare('PRAGMA table_info(goals)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('owner');
    reopened.close();
  });

  it('refuses a file written by a newer version and leaves it untouched', async () => {
    const dir = workDir();
    const dbPath = path.join(dir, 'mentor-planner.db');
    const newer = await openStore({ path: dbPath, migrationsFolder: migrationsPlus('CREATE TABLE future (id integer);'), now });
    newer.close();
    const before = fs.readFileSync(dbPath);
    await expect(openStore({ path: dbPath, migrationsFolder: MIGRATIONS, now })).rejects.toThrow(/newer version/);
    expect(fs.readFileSync(dbPath).equals(before)).toBe(true);
  });
});
