import type Database from 'better-sqlite3';

/**
 * Keeps the query planner's statistics current, as SQLite advises for long-lived connections: at open
 * `PRAGMA optimize=0x10002` analyses tables never analysed (new indexes after a migration), and before
 * close plain `optimize` refreshes what changed a lot. analysis_limit keeps each ANALYZE to milliseconds.
 */
export function optimizeStatistics(sqlite: Database.Database, moment: 'open' | 'close'): void {
  try {
    sqlite.pragma('analysis_limit = 400');
    sqlite.pragma(moment === 'open' ? 'optimize = 0x10002' : 'optimize');
  } catch (error) {
    // Statistics only speed queries up: a read-only or busy file must not stop the app.
    console.warn('[mentor-planner] could not refresh query statistics', error);
  }
}
