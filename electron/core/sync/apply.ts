import type Database from 'better-sqlite3';
import { syncedTableByName, type SyncedTable } from './synced-tables';
import { INSERTED, NOTES_BASE, isDeleted, readRowState, writeRowState, type RowState } from './row-state';

/** A change from another device, or a row from a snapshot (which carries a timestamp per cell instead). */
export interface IncomingChange {
  device: string;
  ts: string;
  table: string;
  key: string;
  op: 'upsert' | 'delete';
  values?: Record<string, unknown>;
  whole?: boolean;
  base?: string;
  /** Snapshot rows: each cell's timestamp ('' = written before sync was set up: never overrides a value here). */
  cellTs?: Record<string, string>;
}

export interface ApplyStats {
  applied: number;
  skipped: number;
  conflicts: number;
}

const q = (name: string) => '`' + name + '`';

class Applier {
  private cache = new Map<string, Database.Statement>();
  stats: ApplyStats = { applied: 0, skipped: 0, conflicts: 0 };

  constructor(
    private sqlite: Database.Database,
    private now: string,
  ) {}

  private stmt(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) this.cache.set(sql, (s = this.sqlite.prepare(sql)));
    return s;
  }

  private idByGid(table: string, gid: unknown): number | undefined {
    if (typeof gid !== 'string') return undefined;
    return (this.stmt(`SELECT id FROM ${q(table)} WHERE gid = ?`).get(gid) as { id: number } | undefined)?.id;
  }

  /** The local row's identity: its integer id, or for a link row the pair of parent ids. */
  private locate(spec: SyncedTable, key: string): { where: string; params: number[] } | null {
    if (spec.key === 'gid') {
      const id = this.idByGid(spec.name, key);
      return id === undefined ? null : { where: 'id = ?', params: [id] };
    }
    const [a, b] = spec.key.pair;
    const [gidA, gidB] = key.split('|');
    const refA = spec.columns.find((c) => c.name === a)!.references!.table;
    const refB = spec.columns.find((c) => c.name === b)!.references!.table;
    const idA = this.idByGid(refA, gidA);
    const idB = this.idByGid(refB, gidB);
    if (idA === undefined || idB === undefined) return null;
    const found = this.stmt(`SELECT 1 FROM ${q(spec.name)} WHERE ${q(a)} = ? AND ${q(b)} = ?`).get(idA, idB);
    return found ? { where: `${q(a)} = ? AND ${q(b)} = ?`, params: [idA, idB] } : null;
  }

  /** Foreign keys arrive as global ids. A missing parent means it was deleted: 'set null' links drop, others go. */
  private localValues(spec: SyncedTable, values: Record<string, unknown>): Record<string, unknown> | 'parent-gone' {
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(values)) {
      const column = spec.columns.find((c) => c.name === name);
      if (!column) continue;
      if (!column.references || value === null) {
        out[name] = value;
        continue;
      }
      const id = this.idByGid(column.references.table, value);
      if (id !== undefined) out[name] = id;
      else if (column.references.onDelete === 'set null') out[name] = null;
      else return 'parent-gone';
    }
    return out;
  }

  apply(change: IncomingChange): void {
    const spec = syncedTableByName.get(change.table);
    if (!spec) return void this.stats.skipped++;
    const state = readRowState(this.sqlite, spec.name, change.key);
    const located = this.locate(spec, change.key);
    if (change.op === 'delete') return this.applyDelete(spec, change, state, located);
    const values = change.values ?? {};
    const whole = change.whole || (change.cellTs !== undefined && spec.columns.every((c) => c.name in values));
    const insertTs = change.cellTs ? (change.cellTs[INSERTED] ?? '') : change.ts;
    if (isDeleted(state) && !(whole && insertTs > (state.deletedTs ?? ''))) return void this.stats.skipped++;
    const local = this.localValues(spec, values);
    if (local === 'parent-gone') {
      if (located) this.stmt(`DELETE FROM ${q(spec.name)} WHERE ${located.where}`).run(...located.params);
      state.deletedTs = state.deletedTs && state.deletedTs > change.ts ? state.deletedTs : change.ts;
      writeRowState(this.sqlite, spec.name, change.key, state);
      return void this.stats.skipped++;
    }
    if (!located) {
      if (!whole) return void this.stats.skipped++;
      this.insert(spec, change, local, state, insertTs);
    } else {
      this.update(spec, change, local, state, located, whole ? insertTs : null);
    }
    writeRowState(this.sqlite, spec.name, change.key, state);
    this.stats.applied++;
  }

  private applyDelete(spec: SyncedTable, change: IncomingChange, state: RowState, located: { where: string; params: number[] } | null) {
    // A delete removes the row unless the row was inserted whole again after it (a restore brings rows back).
    if (change.ts <= (state.cells[INSERTED] ?? '') || (state.deletedTs ?? '') >= change.ts) return void this.stats.skipped++;
    if (located) this.stmt(`DELETE FROM ${q(spec.name)} WHERE ${located.where}`).run(...located.params);
    state.deletedTs = change.ts;
    writeRowState(this.sqlite, spec.name, change.key, state);
    this.stats.applied++;
  }

  private insert(spec: SyncedTable, change: IncomingChange, local: Record<string, unknown>, state: RowState, insertTs: string) {
    const names = Object.keys(local);
    const withGid = spec.key === 'gid';
    const columns = [...(withGid ? ['gid'] : []), ...names];
    this.stmt(`INSERT INTO ${q(spec.name)} (${columns.map(q).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
      ...(withGid ? [change.key] : []),
      ...names.map((n) => local[n]),
    );
    for (const name of names) state.cells[name] = change.cellTs ? (change.cellTs[name] ?? '') : change.ts;
    state.cells[INSERTED] = insertTs;
    const base = change.cellTs ? change.cellTs[NOTES_BASE] : change.base;
    if (base !== undefined) state.cells[NOTES_BASE] = base;
    state.deletedTs = null;
  }

  private update(
    spec: SyncedTable,
    change: IncomingChange,
    local: Record<string, unknown>,
    state: RowState,
    located: { where: string; params: number[] },
    insertTs: string | null,
  ) {
    const set: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(local)) {
      const incomingTs = change.cellTs ? (change.cellTs[name] ?? '') : change.ts;
      const currentTs = state.cells[name] ?? '';
      if (spec.name === 'meetings' && name === 'notes' && !change.cellTs) this.noteConflict(change, value, located, state, incomingTs);
      if (incomingTs > currentTs) {
        set[name] = value;
        state.cells[name] = incomingTs;
        if (spec.name === 'meetings' && name === 'notes') state.cells[NOTES_BASE] = change.base ?? '';
      }
    }
    if (insertTs !== null && insertTs > (state.cells[INSERTED] ?? '')) state.cells[INSERTED] = insertTs;
    if (insertTs !== null && state.deletedTs !== null && insertTs > state.deletedTs) state.deletedTs = null;
    const names = Object.keys(set);
    if (names.length === 0) return;
    this.stmt(`UPDATE ${q(spec.name)} SET ${names.map((n) => `${q(n)} = ?`).join(', ')} WHERE ${located.where}`).run(
      ...names.map((n) => set[n]),
      ...located.params,
    );
  }

  /**
   * Two devices edited one meeting's notes without seeing each other's text: last writer wins, and the other text
   * is kept for the user to choose. Every device keeps the same losing text (the one with the older timestamp).
   */
  private noteConflict(change: IncomingChange, incoming: unknown, located: { params: number[] }, state: RowState, incomingTs: string) {
    const currentTs = state.cells.notes ?? '';
    if (currentTs === '' || incomingTs === currentTs) return;
    const current = (this.stmt('SELECT notes, gid FROM meetings WHERE id = ?').get(located.params[0]) as { notes: string; gid: string });
    if (current.notes === incoming) return;
    const concurrent = incomingTs > currentTs ? (change.base ?? '') !== currentTs : (state.cells[NOTES_BASE] ?? '') !== incomingTs;
    if (!concurrent) return;
    const [loserText, loserTs] = incomingTs > currentTs ? [current.notes, currentTs] : [String(incoming), incomingTs];
    this.stmt(
      'INSERT INTO note_conflicts (meeting_gid, other_notes, other_ts, other_device_id, created_at) VALUES (?, ?, ?, ?, ?)',
    ).run(current.gid, loserText, loserTs, loserTs.slice(-16), this.now);
    this.stats.conflicts++;
  }
}

/**
 * Applies other devices' changes in timestamp order, inside the caller's transaction, with change capture off (they
 * are not this device's changes). Search triggers, foreign keys and cascades run as for any write.
 */
export function applyIncoming(sqlite: Database.Database, changes: IncomingChange[], now: string): ApplyStats {
  const applier = new Applier(sqlite, now);
  const { capturing } = sqlite.prepare('SELECT capturing FROM sync_state WHERE id = 1').get() as { capturing: number };
  sqlite.prepare('UPDATE sync_state SET capturing = 0 WHERE id = 1').run();
  try {
    for (const change of changes) applier.apply(change);
  } finally {
    sqlite.prepare('UPDATE sync_state SET capturing = ? WHERE id = 1').run(capturing);
  }
  return applier.stats;
}
