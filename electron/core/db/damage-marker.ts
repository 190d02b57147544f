import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { PlannerError } from '../errors';
import { FAULT_MESSAGES } from './faults';

/**
 * The finding "this data file is damaged", kept in a small file beside it (`mentor-planner.db-damaged`) so
 * every process on the file sees it — the desktop app and browser mode share one data folder — and a
 * restart still knows. Written atomically (a .part file, then a rename); removed when a copy is put back.
 */
export interface DamageFinding {
  problems: string[];
  at: string;
}

export const damageMarkerPath = (databasePath: string) => `${databasePath}-damaged`;

export function writeDamageMarker(databasePath: string, finding: DamageFinding): void {
  const marker = damageMarkerPath(databasePath);
  try {
    fs.writeFileSync(`${marker}.part`, JSON.stringify(finding));
    fs.renameSync(`${marker}.part`, marker);
  } catch (error) {
    // This process still keeps itself read-only; the others find the damage when they read it.
    console.error('[mentor-planner] could not record the damage beside the data file', error);
  }
}

/** The finding recorded beside the file, or null (a marker that cannot be read still counts as damage). */
export function readDamageMarker(databasePath: string): DamageFinding | null {
  const marker = damageMarkerPath(databasePath);
  if (!fs.existsSync(marker)) return null;
  try {
    const finding = JSON.parse(fs.readFileSync(marker, 'utf8')) as Partial<DamageFinding>;
    return { problems: Array.isArray(finding.problems) ? finding.problems.map(String) : [], at: String(finding.at ?? '') };
  } catch {
    return { problems: ['the record of the damage could not be read'], at: '' };
  }
}

export function clearDamageMarker(databasePath: string): void {
  fs.rmSync(damageMarkerPath(databasePath), { force: true });
}

// The file each connection opened (device and inode), so a write notices the file was swapped under it.
const openedFile = new WeakMap<Database.Database, string>();
const fileIdentity = (file: string) => {
  const stat = fs.statSync(file, { throwIfNoEntry: false, bigint: true });
  return stat ? `${stat.dev}:${stat.ino}` : null;
};

export function rememberOpenedFile(sqlite: Database.Database): void {
  const identity = sqlite.memory ? null : fileIdentity(sqlite.name);
  if (identity) openedFile.set(sqlite, identity);
}

/**
 * Refuses a write another process has made unsafe: the file is marked damaged, or a copy was put in its
 * place (this connection still has the old file open, moved aside, and would write there, unseen).
 */
export function refuseUnsafeWrite(sqlite: Database.Database): void {
  if (sqlite.memory) return;
  if (readDamageMarker(sqlite.name)) throw new PlannerError('DAMAGED', FAULT_MESSAGES.DAMAGED);
  const opened = openedFile.get(sqlite);
  const now = fileIdentity(sqlite.name);
  if (opened && now && opened !== now) throw new PlannerError('REPLACED', FAULT_MESSAGES.REPLACED);
}
