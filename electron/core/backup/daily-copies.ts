import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Store } from '../db/client';
import { PlannerError } from '../errors';
import { damagedPayload, type StoreHealth } from '../db/health';
import { quickCheck } from '../db/integrity';
import { writeTransaction } from '../db/write-transaction';
import { dayIn, offsetMs, systemTimeZone } from '../zoned-time';
import { BACKUP_TABLE_NAMES, BACKUP_TABLES } from './backup-tables';
import { writeSafetyCopy } from './safety-copies';
import { getTableConfig } from 'drizzle-orm/sqlite-core';

export const KEEP_DAILY_COPIES = 7;
const DAILY = /^mentor-planner-(\d{4}-\d{2}-\d{2})\.db$/;
// The copies taken just before a restore, so that a restore can itself be undone from the same list.
// Named by the local day and time where the copy was made, with that zone's offset (older copies: UTC, `Z`).
const BEFORE_RESTORE = /^before-(?:restore|import)-(\d{4}-\d{2}-\d{2})T[\d-]+(?:Z|[+-]\d{4})\.db$/;
// Copies the user asked for in Settings ("Copy the database now") once today's daily copy existed.
const ON_REQUEST = /^copy-(\d{4}-\d{2}-\d{2})T[\d-]+(?:Z|[+-]\d{4})\.db$/;

export interface DatabaseCopy {
  fileName: string;
  date: string;
  /** 'daily': the automatic copy; 'before-restore': the state just before a restore or backup import; 'on-request': made from Settings. */
  kind: 'daily' | 'before-restore' | 'on-request';
  sizeBytes: number;
}

export const copiesFolderFor = (databasePath: string) => path.join(path.dirname(databasePath), 'backups');
export const copiesFolder = (store: Store) => copiesFolderFor(store.path);

export function listCopies(store: Store): DatabaseCopy[] {
  return listCopiesIn(copiesFolder(store));
}

/** The copies in a backups folder, newest first (also read at start-up, before any store is open). */
export function listCopiesIn(folder: string): DatabaseCopy[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .map((fileName) => {
      const daily = DAILY.exec(fileName);
      const before = BEFORE_RESTORE.exec(fileName);
      const onRequest = ON_REQUEST.exec(fileName);
      const match = daily ?? before ?? onRequest;
      const kind = daily ? ('daily' as const) : before ? ('before-restore' as const) : ('on-request' as const);
      return match && { fileName, date: match[1], kind, sizeBytes: fs.statSync(path.join(folder, fileName)).size };
    })
    .filter((c): c is DatabaseCopy => c !== null)
    .sort((a, b) => b.date.localeCompare(a.date) || timeInName(b.fileName) - timeInName(a.fileName) || b.fileName.localeCompare(a.fileName));
}

/** A new, unused name for the copy taken before a restore (never the name of an existing copy). */
export function safetyCopyPath(store: Store, what: 'restore' | 'import', now: Date): string {
  return unusedCopyPath(store, `before-${what}`, now);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * "2026-11-23T23-30-00-000-0800": the wall-clock day and time in `timeZone` (the day the user lived it,
 * as daily copies are named), then the offset, so the exact instant can be read back from the name.
 */
export function localStamp(instant: Date, timeZone: string): string {
  const offset = offsetMs(instant, timeZone);
  const wallClock = new Date(instant.getTime() + offset).toISOString().slice(0, 23).replace(/[:.]/g, '-');
  const minutes = Math.abs(offset) / 60_000;
  return `${wallClock}${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}`;
}

/** The instant in a copy's name (…-2026-11-23T01-00-00-000-0800.db, or an older …T09-00-00-000Z.db), or 0. */
function timeInName(fileName: string | undefined): number {
  const m = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})(Z|[+-]\d{4})\.db$/.exec(fileName ?? '');
  if (!m) return 0;
  const zone = m[6] === 'Z' ? 'Z' : `${m[6].slice(0, 3)}:${m[6].slice(3)}`;
  return Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}${zone}`);
}

function unusedCopyPath(store: Store, prefix: string, now: Date): string {
  const timeZone = systemTimeZone();
  for (let t = now.getTime(); ; t++) {
    const file = path.join(copiesFolder(store), `${prefix}-${localStamp(new Date(t), timeZone)}.db`);
    if (!fs.existsSync(file)) return file;
  }
}

/**
 * Keeps the newest seven of each kind, always counting the copy just written (`keep`) among them, whatever
 * its name sorts as: a clock set back names a copy (daily or on request) older than the ones kept.
 */
export function pruneCopies(store: Store, keep?: string): void {
  const copies = listCopies(store);
  for (const kind of ['daily', 'before-restore', 'on-request'] as const) {
    const ofKind = copies.filter((c) => c.kind === kind);
    const kept = ofKind.some((c) => c.fileName === keep)
      ? [keep, ...ofKind.filter((c) => c.fileName !== keep).slice(0, KEEP_DAILY_COPIES - 1).map((c) => c.fileName)]
      : ofKind.slice(0, KEEP_DAILY_COPIES).map((c) => c.fileName);
    for (const old of ofKind) if (!kept.includes(old.fileName)) fs.rmSync(path.join(copiesFolder(store), old.fileName), { force: true });
  }
}

/**
 * Today's copy (today in this machine's time zone) of the database if there is none yet; keeps the last seven. The copy is written to *.part,
 * checked with SQLite's quick_check in a worker (the copy is page for page the file, so this checks the
 * file too), and only then renamed: a damaged file never becomes a copy, puts the app in the damaged
 * state instead, and prunes nothing — so the last good copies stay.
 */
export async function runDailyCopyIfDue(store: Store, now: Date, health?: StoreHealth): Promise<DatabaseCopy | null> {
  const date = dayIn(now, systemTimeZone());
  const fileName = `mentor-planner-${date}.db`;
  const target = path.join(copiesFolder(store), fileName);
  if (fs.existsSync(target)) return null;
  await writeCheckedCopy(store, target, health);
  pruneCopies(store, fileName);
  return listCopies(store).find((c) => c.fileName === fileName) ?? null;
}

/** The database copied to `target` through `target.part`, kept only if SQLite's quick_check passes. */
async function writeCheckedCopy(store: Store, target: string, health?: StoreHealth): Promise<void> {
  if (health?.damaged) throw new PlannerError('DAMAGED', damagedPayload(store.path).message);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.part`;
  fs.rmSync(partial, { force: true });
  try {
    await store.sqlite.backup(partial);
    const problems = await quickCheck(partial);
    if (problems.length > 0) {
      health?.markDamaged(problems);
      throw new PlannerError('DAMAGED', damagedPayload(store.path).message);
    }
    fs.renameSync(partial, target);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/** "Copy the database now": today's daily copy if there is none yet, otherwise an extra copy of the current state. */
export async function copyDatabaseNow(store: Store, now: Date, health?: StoreHealth): Promise<DatabaseCopy> {
  const daily = await runDailyCopyIfDue(store, now, health);
  if (daily) return daily;
  const target = unusedCopyPath(store, 'copy', now);
  await writeCheckedCopy(store, target, health);
  pruneCopies(store, path.basename(target));
  const copy = listCopies(store).find((c) => c.fileName === path.basename(target));
  if (!copy) throw new Error(`The copy ${target} was not written.`);
  return copy;
}

const schemaVersion = (sqlite: Database.Database, prefix = 'main') =>
  (sqlite.prepare(`SELECT count(*) AS n FROM ${prefix}.__drizzle_migrations`).get() as { n: number }).n;

/**
 * Puts a daily copy's data back. The current state is copied aside first (before-restore-…db), then
 * every table is replaced from the copy in one transaction; a copy from another schema version is refused.
 */
export async function restoreCopy(store: Store, fileName: string, now: Date): Promise<{ safetyCopy: string }> {
  const copy = listCopies(store).find((c) => c.fileName === fileName);
  if (!copy) throw new PlannerError('NOT_FOUND', 'That backup copy no longer exists. Refresh the list and choose another.');
  const source = path.join(copiesFolder(store), copy.fileName);
  const safetyCopy = await writeSafetyCopy(store, 'restore', now);
  const sqlite = store.sqlite;
  sqlite.prepare('ATTACH DATABASE ? AS src').run(source);
  try {
    if (schemaVersion(sqlite, 'src') !== schemaVersion(sqlite)) {
      throw new PlannerError('CONFLICT', 'That copy was made by a different version of Mentor Planner, so it cannot be restored here. Nothing was changed.');
    }
    const tables = BACKUP_TABLE_NAMES.map((name) => getTableConfig(BACKUP_TABLES[name]).name);
    writeTransaction(sqlite, () => {
      sqlite.pragma('defer_foreign_keys = ON');
      for (const table of [...tables].reverse()) sqlite.prepare(`DELETE FROM main."${table}"`).run();
      for (const table of tables) sqlite.prepare(`INSERT INTO main."${table}" SELECT * FROM src."${table}"`).run();
    });
  } finally {
    sqlite.prepare('DETACH DATABASE src').run();
  }
  // Pruned only now, so the copy being restored is never the one that goes.
  pruneCopies(store);
  return { safetyCopy };
}
