import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCore, type Core } from '../../electron/core/app-core';
import { DATABASE_FILE_NAME } from '../../electron/core/db/client';
import { removeTree } from './remove-tree';

export const MIGRATIONS = path.resolve(__dirname, '../../drizzle');

export function tempDir(prefix = 'mentor-planner-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A controllable clock: tests set and advance "now" explicitly. */
export function testClock(start = '2026-11-23T09:00:00.000Z') {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (iso: string) => {
      current = new Date(iso);
    },
    advanceMinutes: (minutes: number) => {
      current = new Date(current.getTime() + minutes * 60_000);
    },
    advanceDays: (days: number) => {
      current = new Date(current.getTime() + days * 86_400_000);
    },
  };
}

export interface TestCore extends Core {
  dir: string;
  clock: ReturnType<typeof testClock>;
  /** Every user table's rows, for "nothing changed" assertions. */
  snapshot(): Record<string, unknown[]>;
  dispose(): void;
}

export interface TestCoreOptions {
  clockStart?: string;
  /** Writes the data file before the core opens it, as a user's existing file (e.g. `seedFile` for the heavy profile). */
  prepareDatabase?: (file: string) => Promise<unknown>;
  /** false: no background sync rounds (tests that compare every row and file after each call). */
  syncInBackground?: false;
}

/** A real SQLite file in a temp folder, through the real migrations, with the real handler table. */
export async function createTestCore(options: TestCoreOptions = {}): Promise<TestCore> {
  const dir = tempDir();
  await options.prepareDatabase?.(path.join(dir, DATABASE_FILE_NAME));
  const clock = testClock(options.clockStart);
  const core = await startCore({
    dataDir: dir,
    migrationsFolderCandidates: [MIGRATIONS],
    appVersion: '0.0.0-test',
    now: clock.now,
    dailyCopyAfterMs: null,
    syncIntervalMs: options.syncInBackground === false ? null : undefined,
  });
  return Object.assign(core, {
    dir,
    clock,
    snapshot: () => snapshotTables(core),
    dispose: () => {
      core.close();
      removeTree(dir);
    },
  });
}

export function snapshotTables(core: Core): Record<string, unknown[]> {
  const tables = core.store.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' AND name NOT LIKE 'search_index%' ORDER BY name")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, core.store.sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]),
  );
}

/** Calls an operation and returns its value, failing the test with the typed error if it failed. */
export async function ok<T = unknown>(core: Core, name: string, input?: unknown): Promise<T> {
  const result = await core.call(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}
