import path from 'node:path';
import { copiesFolderFor, listCopiesIn } from '../backup/daily-copies';
import type { PlannerErrorPayload } from '../errors';
import { clearDamageMarker, readDamageMarker, writeDamageMarker, type DamageFinding } from './damage-marker';
import { quickCheck } from './integrity';

/**
 * Whether the data file is sound; once SQLite's check fails (here or in another process on the same file),
 * the app keeps it read-only until a restore.
 */
export interface StoreHealth {
  /** What the failed check found; null while the file is sound. Read from beside the file, so every process agrees. */
  readonly damaged: DamageFinding | null;
  /** A good copy was put in place of the file: writes may go on. */
  restored(): void;
  /** SQLite reported SQLITE_CORRUPT: checks the file (in a worker) and marks it damaged if the check fails. */
  suspectDamage(): void;
  markDamaged(problems: string[]): void;
  /** The check in flight, if any (tests and the daily copy wait for it). */
  pending: Promise<void> | null;
}

export function createStoreHealth(databasePath: () => string, now: () => Date): StoreHealth {
  let found: DamageFinding | null = null;
  const health: StoreHealth = {
    get damaged() {
      return found ?? readDamageMarker(databasePath());
    },
    restored() {
      found = null;
      clearDamageMarker(databasePath());
    },
    pending: null,
    markDamaged(problems) {
      if (health.damaged) return;
      found = { problems, at: now().toISOString() };
      writeDamageMarker(databasePath(), found);
      console.error('[mentor-planner] the data file failed SQLite’s check; writes are refused until a copy is restored', problems);
    },
    suspectDamage() {
      if (health.damaged || health.pending) return;
      health.pending = quickCheck(databasePath())
        .then((problems) => (problems.length ? health.markDamaged(problems) : undefined))
        .catch((error) => console.error('[mentor-planner] the data file could not be checked', error))
        .finally(() => (health.pending = null));
    },
  };
  return health;
}

/** The refusal a damaged file gives every write, naming the copy to restore. */
export function damagedPayload(databasePath: string): PlannerErrorPayload {
  const newest = listCopiesIn(copiesFolderFor(databasePath)).find((c) => c.kind === 'daily');
  const offer = newest
    ? ` Restore the newest good copy (${newest.fileName}, from ${newest.date}) in Settings → Backups; the damaged file is kept aside.`
    : ` Export what you can in Settings → Backups, then ask for help: there is no automatic copy to restore (${path.dirname(databasePath)}).`;
  return { code: 'DAMAGED', message: `Your data file is damaged (SQLite’s check found broken pages), so Mentor Planner keeps it read-only and nothing was saved.${offer}` };
}
