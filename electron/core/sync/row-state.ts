import type Database from 'better-sqlite3';

/**
 * What last-writer-wins compares against, per synced row: each cell's newest timestamp, when the row was last
 * inserted whole ('@insert'), the timestamp of the text a note edit replaced ('notes@base'), and a tombstone.
 */
export interface RowState {
  cells: Record<string, string>;
  deletedTs: string | null;
}

export const INSERTED = '@insert';
export const NOTES_BASE = 'notes@base';

const statements = new WeakMap<Database.Database, { get: Database.Statement; put: Database.Statement }>();

function prepared(sqlite: Database.Database) {
  let s = statements.get(sqlite);
  if (!s) {
    s = {
      get: sqlite.prepare('SELECT column_ts_json AS cells, deleted_ts AS deletedTs FROM sync_rows WHERE table_name = ? AND row_key = ?'),
      put: sqlite.prepare(
        `INSERT INTO sync_rows (table_name, row_key, column_ts_json, deleted_ts) VALUES (?, ?, ?, ?)
         ON CONFLICT (table_name, row_key) DO UPDATE SET column_ts_json = excluded.column_ts_json, deleted_ts = excluded.deleted_ts`,
      ),
    };
    statements.set(sqlite, s);
  }
  return s;
}

export function readRowState(sqlite: Database.Database, table: string, key: string): RowState {
  const row = prepared(sqlite).get.get(table, key) as { cells: string; deletedTs: string | null } | undefined;
  return row ? { cells: JSON.parse(row.cells) as Record<string, string>, deletedTs: row.deletedTs } : { cells: {}, deletedTs: null };
}

export function writeRowState(sqlite: Database.Database, table: string, key: string, state: RowState): void {
  prepared(sqlite).put.run(table, key, JSON.stringify(state.cells), state.deletedTs);
}

/** A row is alive unless a delete newer than its last whole insert removed it. */
export function isDeleted(state: RowState): boolean {
  return state.deletedTs !== null && state.deletedTs > (state.cells[INSERTED] ?? '');
}
