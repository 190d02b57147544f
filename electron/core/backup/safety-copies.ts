import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Store } from '../db/client';
import { PlannerError } from '../errors';
import { copiesFolder, safetyCopyPath } from './daily-copies';

const migrationCount = (sqlite: Database.Database) => (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;

/**
 * The copy taken before a restore or a backup import: written to `<name>.db.part`, opened and checked
 * (SQLite's quick_check, the same schema version as the store), and only then renamed to its listed
 * name. A crash or a full disk leaves at most a `.part` file, which is never offered as a restore point.
 */
export async function writeSafetyCopy(store: Store, what: 'restore' | 'import', now: Date): Promise<string> {
  const target = safetyCopyPath(store, what, now);
  const partial = `${target}.part`;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    removeStalePartialCopies(store, now);
    await store.sqlite.backup(partial);
    const copy = new Database(partial, { fileMustExist: true });
    try {
      // A copy that needs no side files, so a later restore of it reads exactly what was checked.
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`quick_check: ${String(check)}`);
      if (migrationCount(copy) !== migrationCount(store.sqlite)) throw new Error('the copy is missing migrations');
    } finally {
      copy.close();
    }
    fs.renameSync(partial, target);
  } catch (error) {
    removeQuietly(partial);
    const code = (error as { code?: string }).code;
    const full = code === 'SQLITE_FULL' || code === 'ENOSPC';
    throw new PlannerError(
      'SAFETY_COPY_FAILED',
      `Mentor Planner could not copy your current data aside first (${full ? 'the disk is full' : 'the copy could not be written or checked'}), so nothing was restored and your data is unchanged. ${full ? 'Free some disk space' : 'Check that the backups folder beside your data can be written to'} and try again.`,
    );
  }
  return path.basename(target);
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // nothing there to remove (its folder may not even exist)
  }
}

const STALE_PART_MS = 60 * 60 * 1000;

/** Removes `.part` files a crash left behind (an hour old, so never one another window is still writing). */
export function removeStalePartialCopies(store: Store, now: Date): void {
  const folder = copiesFolder(store);
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return;
  for (const name of fs.readdirSync(folder)) {
    if (!name.endsWith('.part')) continue;
    const file = path.join(folder, name);
    if (now.getTime() - (fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? now.getTime()) > STALE_PART_MS) removeQuietly(file);
  }
}
