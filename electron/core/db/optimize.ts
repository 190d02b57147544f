import type Database from 'better-sqlite3';

/** The row count SQLite assumes for a table it has no statistics for (LogEst 200 ≈ 2^20). */
const UNANALYSED_ROW_ESTIMATE = 1_048_576;

/**
 * Keeps the query planner's statistics current, as SQLite advises for long-lived connections: at open
 * `PRAGMA optimize=0x10002` analyses tables never analysed (new indexes after a migration), and before
 * close plain `optimize` refreshes what changed a lot. analysis_limit keeps each ANALYZE to milliseconds.
 */
export function optimizeStatistics(sqlite: Database.Database, moment: 'open' | 'close'): void {
  try {
    sqlite.pragma('analysis_limit = 400');
    sqlite.pragma(moment === 'open' ? 'optimize = 0x10002' : 'optimize');
    if (moment === 'open') keepFullTextMergesKeyed(sqlite);
  } catch (error) {
    // Statistics only speed queries up: a read-only or busy file must not stop the app.
    console.warn('[mentor-planner] could not refresh query statistics', error);
  }
}

/**
 * FTS5 deletes merged segments with `DELETE FROM <index>_data WHERE id>=? AND id<=?`. Analysed while the
 * index is small (a new or near-empty store: 2 rows), the planner makes that a full scan of the table, so
 * every merge during a big write (a restore, a sync, an import) re-reads the whole index: seeding the heavy
 * profile into a store opened empty took 14× the CPU of a fresh file (275 s, 60% of it in the kernel). The
 * index's own statements are written for keyed access, so its data table keeps the estimate SQLite gives a
 * table it never analysed; ANALYZE sqlite_schema reloads the statistics into this connection.
 */
function keepFullTextMergesKeyed(sqlite: Database.Database): void {
  if (!sqlite.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat1'").get()) return;
  const pinned = sqlite
    .prepare(
      `UPDATE sqlite_stat1 SET stat = ? WHERE idx IS NULL AND stat <> ? AND tbl IN
         (SELECT name || '_data' FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%')`,
    )
    .run(String(UNANALYSED_ROW_ESTIMATE), String(UNANALYSED_ROW_ESTIMATE));
  if (pinned.changes > 0) sqlite.exec('ANALYZE sqlite_schema');
}
