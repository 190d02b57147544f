import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore } from '../../electron/core/app-core';
import { contract, operationNames } from '../../electron/core/contract';
import { openStore, readJournal } from '../../electron/core/db/migrate';
import { StoreError } from '../../electron/core/errors';
import { dumpTables, fillEveryTable, userTablesInDependencyOrder } from '../helpers/hostile';
import { MIGRATIONS, tempDir } from '../helpers/store';
import { removeTree } from '../helpers/remove-tree';

// The first released schema is the first entry of drizzle's journal (drizzle/0000_*.sql). A file made
// by it, with data in every table, must reach the current schema losing nothing.
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) removeTree(dir);
});
function workDir() {
  const dir = tempDir('mp-upgrade-');
  dirs.push(dir);
  return dir;
}

/** A copy of the real migrations holding only the first `count` journal entries, plus optional extra SQL. */
function migrationsFolder(options: { count?: number; extraSql?: string } = {}): string {
  const folder = path.join(workDir(), 'drizzle');
  fs.cpSync(MIGRATIONS, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8'));
  journal.entries = journal.entries.slice(0, options.count ?? journal.entries.length);
  if (options.extraSql) {
    const last = journal.entries[journal.entries.length - 1];
    const tag = `${String(last.idx + 1).padStart(4, '0')}_hardening_extra`;
    journal.entries.push({ ...last, idx: last.idx + 1, tag, when: last.when + 1000 });
    fs.writeFileSync(path.join(folder, `${tag}.sql`), options.extraSql);
  }
  fs.writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

const now = () => new Date('2026-11-23T09:00:00.000Z');
const text = (table: string, column: string, row: number) => `${table}.${column} #${row} — ünïcødé ✓ 'single' "double" مرحبا 👩🏽‍💻`;

/** A file created by the first released schema, with 5 rows in every table; returns its contents. */
async function firstSchemaDatabase() {
  const dbPath = path.join(workDir(), 'mentor-planner.db');
  const first = await openStore({ path: dbPath, migrationsFolder: migrationsFolder({ count: 1 }), now });
  const filled = fillEveryTable(first.sqlite, { rows: 5, text });
  const tables = userTablesInDependencyOrder(first.sqlite);
  const before = dumpTables(first.sqlite, tables);
  first.close();
  return { dbPath, filled, tables, before };
}

/** Every row and value of `before` is still there (new columns may have been added beside them). */
function expectNothingLost(sqlite: Database.Database, before: Record<string, unknown[]>) {
  for (const [table, rows] of Object.entries(before)) {
    const after = sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all() as Record<string, unknown>[];
    expect(after.length, `rows in ${table}`).toBe(rows.length);
    rows.forEach((row, i) => expect(after[i], `${table} row ${i + 1}`).toMatchObject(row as Record<string, unknown>));
  }
}

describe('upgrades from the first released schema', () => {
  it('fills every table of the first schema (so the upgrade below has something to lose)', async () => {
    const { filled, before } = await firstSchemaDatabase();
    expect(Object.keys(filled.rows).length).toBeGreaterThanOrEqual(12);
    for (const rows of Object.values(before)) expect(rows.length).toBe(5);
    expect(filled.freeTextColumns).toEqual(expect.arrayContaining(['mentors.name', 'goals.title', 'meetings.notes', 'agenda_items.text']));
  });

  it('migrates to the current schema with every row and value kept, and the app reads it', async () => {
    const { dbPath, before } = await firstSchemaDatabase();
    const pending = readJournal(MIGRATIONS).entries.length - 1;
    const upgraded = await openStore({ path: dbPath, migrationsFolder: MIGRATIONS, now });
    expect(upgraded.migrated).toBe(pending);
    if (pending > 0) {
      expect(upgraded.backupPath).not.toBeNull();
      const backup = new Database(upgraded.backupPath!, { readonly: true });
      expect(dumpTables(backup, Object.keys(before))).toEqual(before);
      backup.close();
    }
    expectNothingLost(upgraded.sqlite, before);
    expect(upgraded.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(upgraded.sqlite.pragma('foreign_key_check')).toEqual([]);
    upgraded.close();

    // Every read that needs no input works on the upgraded data.
    const core = await startCore({ dataDir: path.dirname(dbPath), databasePath: dbPath, migrationsFolderCandidates: [MIGRATIONS], appVersion: 'test', now });
    try {
      for (const name of operationNames) {
        if (contract[name].kind !== 'query' || !contract[name].input.safeParse(undefined).success) continue;
        const result = await core.call(name, undefined);
        expect(result.ok ? 'ok' : result.error, name).toBe('ok');
      }
    } finally {
      core.close();
    }
  });

  it('writes a backup holding all the data before any upgrade of a filled file', async () => {
    const { dbPath, before } = await firstSchemaDatabase();
    const later = migrationsFolder({ extraSql: 'CREATE TABLE `upgrade_probe` (`id` integer PRIMARY KEY);' });
    const upgraded = await openStore({ path: dbPath, migrationsFolder: later, now });
    expect(upgraded.migrated).toBe(readJournal(later).entries.length - 1);
    expect(upgraded.backupPath).toMatch(/mentor-planner\.db\.before-schema-1-to-\d+\..+\.bak$/);
    const backup = new Database(upgraded.backupPath!, { readonly: true });
    expect(dumpTables(backup, Object.keys(before))).toEqual(before);
    backup.close();
    expectNothingLost(upgraded.sqlite, before);
    upgraded.close();
  });

  it('puts the original back when a migration fails, even one that committed part of its damage', async () => {
    const { dbPath, before } = await firstSchemaDatabase();
    // COMMIT inside the migration makes the deletion stick past drizzle's rollback: only the backup can undo it.
    const broken = migrationsFolder({
      extraSql: [
        'DELETE FROM `goals`;',
        'ALTER TABLE `mentors` ADD `pronouns` text;',
        'COMMIT;',
        'BEGIN;',
        'THIS IS NOT SQL;',
      ].join('\n--> statement-breakpoint\n'),
    });
    const attempt = openStore({ path: dbPath, migrationsFolder: broken, now });
    await expect(attempt).rejects.toBeInstanceOf(StoreError);
    await expect(attempt).rejects.toThrow(/put back the copy/);

    const reopened = new Database(dbPath);
    expect(dumpTables(reopened, Object.keys(before))).toEqual(before);
    expect(reopened.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(1);
    const columns = (reopened.prepare('PRAGMA table_info(mentors)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('pronouns');
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();

    // And the restored file still upgrades normally afterwards.
    const upgraded = await openStore({ path: dbPath, migrationsFolder: MIGRATIONS, now });
    expectNothingLost(upgraded.sqlite, before);
    upgraded.close();
  });
});
