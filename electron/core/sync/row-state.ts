import type Database from 'better-sqlite3';

/** A row's values as they travel: foreign keys as the referenced record's global id. */
export type GlobalValues = Record<string, unknown>;

/**
 * What last-writer-wins compares against, per synced row: each cell's newest timestamp, when the row was last
 * inserted whole ('@insert'), the timestamp of the text a note edit replaced ('notes@base'), and a tombstone.
 * `parked` holds what this device knows but cannot show: every known value of a row that is not here (its parent
 * is gone, or it has not been inserted yet), or the wanted references of a row that is here but points at a
 * record that is gone. Kept so that when that record comes back, every device shows the same thing.
 */
export interface RowState {
  cells: Record<string, string>;
  deletedTs: string | null;
  parked: GlobalValues | null;
}

export const INSERTED = '@insert';
export const NOTES_BASE = 'notes@base';

const statements = new WeakMap<Database.Database, { get: Database.Statement; put: Database.Statement }>();

function prepared(sqlite: Database.Database) {
  let s = statements.get(sqlite);
  if (!s) {
    s = {
      get: sqlite.prepare(
        'SELECT column_ts_json AS cells, deleted_ts AS deletedTs, parked_json AS parked FROM sync_rows WHERE table_name = ? AND row_key = ?',
      ),
      put: sqlite.prepare(
        `INSERT INTO sync_rows (table_name, row_key, column_ts_json, deleted_ts, parked_json) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (table_name, row_key) DO UPDATE SET column_ts_json = excluded.column_ts_json, deleted_ts = excluded.deleted_ts,
           parked_json = excluded.parked_json`,
      ),
    };
    statements.set(sqlite, s);
  }
  return s;
}

export function readRowState(sqlite: Database.Database, table: string, key: string): RowState {
  const row = prepared(sqlite).get.get(table, key) as { cells: string; deletedTs: string | null; parked: string | null } | undefined;
  if (!row) return { cells: {}, deletedTs: null, parked: null };
  return {
    cells: JSON.parse(row.cells) as Record<string, string>,
    deletedTs: row.deletedTs,
    parked: row.parked === null ? null : (JSON.parse(row.parked) as GlobalValues),
  };
}

export function writeRowState(sqlite: Database.Database, table: string, key: string, state: RowState): void {
  const parked = state.parked && Object.keys(state.parked).length > 0 ? JSON.stringify(state.parked) : null;
  prepared(sqlite).put.run(table, key, JSON.stringify(state.cells), state.deletedTs, parked);
}

/** A row is alive unless a delete newer than its last whole insert removed it. */
export function isDeleted(state: RowState): boolean {
  return state.deletedTs !== null && state.deletedTs > (state.cells[INSERTED] ?? '');
}

/**
 * A deleted row keeps only values newer than its delete: anything older loses to whatever insert brings it back.
 */
export function keepAfterDelete(state: RowState, values: GlobalValues | null): GlobalValues | null {
  if (!values || state.deletedTs === null) return values;
  const kept = Object.entries(values).filter(([name]) => (state.cells[name] ?? '') > state.deletedTs!);
  return kept.length ? Object.fromEntries(kept) : null;
}
