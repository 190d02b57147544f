import type Database from 'better-sqlite3';
import { writeTransaction } from '../db/write-transaction';
import { syncedTableByName } from './synced-tables';
import { INSERTED, NOTES_BASE, keepAfterDelete, readRowState, writeRowState } from './row-state';

/** One change as it travels in a change file: only the columns it set, foreign keys as global ids. */
export interface ChangeMessage {
  seq: number;
  ts: string;
  table: string;
  key: string;
  op: 'upsert' | 'delete';
  values?: Record<string, unknown>;
  /** Set when the change wrote the whole row (an insert): it brings a deleted row back if newer than the delete. */
  whole?: true;
  base?: string;
}

interface OutboxRow {
  seq: number;
  ts: string;
  table_name: string;
  row_key: string;
  op: 'upsert' | 'delete';
  values_json: string;
  changed: string;
  base_ts: string | null;
}

function isWhole(table: string, changed: string[]): boolean {
  const spec = syncedTableByName.get(table);
  return !!spec && spec.columns.every((c) => changed.includes(c.name));
}

/**
 * Folds this device's new changes into the cell timestamps (so remote changes compare against them) and notes, for
 * each note edit, which version of the text it replaced. Runs inside the sync transaction, before remote changes.
 */
export function foldLocalChanges(sqlite: Database.Database): number {
  const { flushed } = sqlite.prepare('SELECT flushed_seq AS flushed FROM sync_state WHERE id = 1').get() as { flushed: number };
  const rows = sqlite
    .prepare('SELECT seq, ts, table_name, row_key, op, changed FROM sync_outbox WHERE seq > ? ORDER BY seq')
    .all(flushed) as Omit<OutboxRow, 'values_json' | 'base_ts'>[];
  const setBase = sqlite.prepare('UPDATE sync_outbox SET base_ts = ? WHERE seq = ?');
  for (const row of rows) {
    const state = readRowState(sqlite, row.table_name, row.row_key);
    if (row.op === 'delete') {
      state.deletedTs = row.ts;
      state.parked = keepAfterDelete(state, state.parked);
    } else {
      const changed = row.changed.split(',').filter(Boolean);
      // What the user just wrote here is newer than anything parked for those cells.
      if (state.parked) for (const column of changed) delete state.parked[column];
      if (isWhole(row.table_name, changed)) state.cells[INSERTED] = row.ts;
      for (const column of changed) {
        if (row.table_name === 'meetings' && column === 'notes') {
          const base = state.cells.notes ?? '';
          state.cells[NOTES_BASE] = base;
          setBase.run(base, row.seq);
        }
        state.cells[column] = row.ts;
      }
    }
    writeRowState(sqlite, row.table_name, row.row_key, state);
  }
  if (rows.length > 0) sqlite.prepare('UPDATE sync_state SET flushed_seq = ? WHERE id = 1').run(rows[rows.length - 1].seq);
  return rows.length;
}

/**
 * Folded changes not yet written to a change file, in order, with only the columns each one set, and the range of
 * change numbers they cover (the range has no gaps even when a replaced delete is left out).
 */
export function unwrittenChanges(sqlite: Database.Database): { changes: ChangeMessage[]; from: number; to: number } {
  const { written } = sqlite.prepare('SELECT written_seq AS written FROM sync_state WHERE id = 1').get() as { written: number };
  const rows = sqlite
    .prepare(
      `SELECT seq, ts, table_name, row_key, op, values_json, changed, base_ts FROM sync_outbox
       WHERE seq > (SELECT written_seq FROM sync_state WHERE id = 1) AND seq <= (SELECT flushed_seq FROM sync_state WHERE id = 1)
       ORDER BY seq`,
    )
    .all() as OutboxRow[];
  const changes = withoutReplacedDeletes(rows.map((row) => {
    if (row.op === 'delete') return { seq: row.seq, ts: row.ts, table: row.table_name, key: row.row_key, op: 'delete' };
    const changed = row.changed.split(',').filter(Boolean);
    const all = JSON.parse(row.values_json) as Record<string, unknown>;
    const values = Object.fromEntries(changed.map((c) => [c, all[c] ?? null]));
    return {
      seq: row.seq,
      ts: row.ts,
      table: row.table_name,
      key: row.row_key,
      op: 'upsert',
      values,
      ...(isWhole(row.table_name, changed) ? { whole: true as const } : {}),
      ...(row.base_ts !== null ? { base: row.base_ts } : {}),
    };
  }));
  return { changes, from: written + 1, to: rows.length ? rows[rows.length - 1].seq : written };
}

/**
 * A row deleted and inserted whole again in one batch (a backup restored over the same records) travels as the
 * insert alone: sent as a delete, it would also remove on other devices the children they made since.
 */
function withoutReplacedDeletes(changes: ChangeMessage[]): ChangeMessage[] {
  const pendingDelete = new Map<string, number>();
  const dropped = new Set<number>();
  changes.forEach((change, index) => {
    const key = `${change.table}\u0000${change.key}`;
    if (change.op === 'delete') pendingDelete.set(key, index);
    else if (change.whole && pendingDelete.has(key)) {
      dropped.add(pendingDelete.get(key)!);
      pendingDelete.delete(key);
    }
  });
  return changes.filter((_, index) => !dropped.has(index));
}

/** After a change file is safely written: remember how far, and drop those rows from the outbox. */
export function markWritten(sqlite: Database.Database, upToSeq: number): void {
  writeTransaction(sqlite, () => {
    sqlite.prepare('UPDATE sync_state SET written_seq = max(written_seq, ?) WHERE id = 1').run(upToSeq);
    sqlite.prepare('DELETE FROM sync_outbox WHERE seq <= ?').run(upToSeq);
  });
}

export function pendingChangeCount(sqlite: Database.Database): number {
  return (
    sqlite.prepare('SELECT count(*) AS n FROM sync_outbox WHERE seq > (SELECT written_seq FROM sync_state WHERE id = 1)').get() as { n: number }
  ).n;
}
