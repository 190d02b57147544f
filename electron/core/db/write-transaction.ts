import type Database from 'better-sqlite3';
import { refuseUnsafeWrite } from './damage-marker';
import { faultCode } from './faults';

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `fn` in one `BEGIN IMMEDIATE` transaction: the write lock is taken before the first read, so a
 * second process (desktop and browser mode on one file) can never invalidate the snapshot the write was
 * based on (SQLITE_BUSY_SNAPSHOT). A write still refused as busy is tried again until the busy timeout
 * has passed; then the BUSY error leaves, and the caller answers with a retry-able error. Nothing is written
 * to a file any process found damaged, or that a restore replaced under this connection.
 */
export function writeTransaction<T>(sqlite: Database.Database, fn: () => T): T {
  if (!sqlite.inTransaction) refuseUnsafeWrite(sqlite);
  const deadline = Date.now() + (sqlite.pragma('busy_timeout', { simple: true }) as number);
  const run = sqlite.transaction(fn);
  for (let attempt = 0; ; attempt++) {
    try {
      return run.immediate();
    } catch (error) {
      if (faultCode(error) !== 'BUSY' || Date.now() >= deadline) throw error;
      // better-sqlite3 is synchronous, so the wait is too; short and growing, so two writers part ways.
      Atomics.wait(pause, 0, 0, Math.min(5 * 2 ** Math.min(attempt, 5), 100));
    }
  }
}

/**
 * Keeps a note about a failure (its sentence, shown in Settings) if the file takes writes now. A file found
 * damaged or replaced takes none: the note is only logged, and the failure itself still reaches the user.
 */
export function writeFailureNote(sqlite: Database.Database, write: () => unknown): void {
  try {
    writeTransaction(sqlite, write);
  } catch (error) {
    console.error('[mentor-planner] could not keep the error for Settings', error);
  }
}
