import type Database from 'better-sqlite3';
import { syncedTableByName, syncedTables, type SyncedColumn, type SyncedTable } from './synced-tables';
import { INSERTED, NOTES_BASE, isDeleted, keepAfterDelete, readRowState, writeRowState, type GlobalValues, type RowState } from './row-state';

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

interface Located {
  id: number | null;
  where: string;
  params: number[];
}

const q = (name: string) => '`' + name + '`';

/** A reference that may point at nothing: it reads as none while its record is gone. */
const mayBeNone = (column: SyncedColumn) => column.references!.onDelete === 'set null';

/**
 * Every device must end with the same rows whatever order changes arrive in. So nothing is ever lost to the
 * order: a change this device cannot show yet (its parent is gone here, or the row has not arrived) is parked in
 * the row's sync state, and a row removed here only because its parent went (a cascade) is parked too. When a
 * parent comes back (a restore on another device), what was parked under it is put back — as on every device
 * that never removed it.
 */
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

  private gidById(table: string, id: unknown): string | null {
    if (typeof id !== 'number') return null;
    return (this.stmt(`SELECT gid FROM ${q(table)} WHERE id = ?`).get(id) as { gid: string } | undefined)?.gid ?? null;
  }

  /** The local row's identity: its integer id, or for a link row the pair of parent ids. */
  private locate(spec: SyncedTable, key: string): Located | null {
    if (spec.key === 'gid') {
      const id = this.idByGid(spec.name, key);
      return id === undefined ? null : { id, where: 'id = ?', params: [id] };
    }
    const [a, b] = spec.key.pair;
    const [gidA, gidB] = key.split('|');
    const idA = this.idByGid(column(spec, a).references!.table, gidA);
    const idB = this.idByGid(column(spec, b).references!.table, gidB);
    if (idA === undefined || idB === undefined) return null;
    const found = this.stmt(`SELECT 1 FROM ${q(spec.name)} WHERE ${q(a)} = ? AND ${q(b)} = ?`).get(idA, idB);
    return found ? { id: null, where: `${q(a)} = ? AND ${q(b)} = ?`, params: [idA, idB] } : null;
  }

  /** A row here, as it travels: references as global ids (a reference to a gone record reads as its wanted id). */
  private globalValues(spec: SyncedTable, located: Located, wanted: GlobalValues | null): GlobalValues {
    const row = this.stmt(`SELECT * FROM ${q(spec.name)} WHERE ${located.where}`).get(...located.params) as Record<string, unknown>;
    const out: GlobalValues = {};
    for (const c of spec.columns) out[c.name] = c.references ? this.gidById(c.references.table, row[c.name]) : row[c.name];
    return { ...out, ...(wanted ?? {}) };
  }

  /**
   * References as local ids. One whose record is gone reads as none where it may ('wanted' keeps the id it
   * wants); where it may not, the row cannot be here ('parent-gone').
   */
  private localValues(spec: SyncedTable, values: GlobalValues): { local: Record<string, unknown>; wanted: GlobalValues } | 'parent-gone' {
    const local: Record<string, unknown> = {};
    const wanted: GlobalValues = {};
    for (const [name, value] of Object.entries(values)) {
      const c = spec.columns.find((x) => x.name === name);
      if (!c) continue;
      if (!c.references || value === null) {
        local[name] = value;
        continue;
      }
      const id = this.idByGid(c.references.table, value);
      if (id !== undefined) local[name] = id;
      else if (mayBeNone(c)) {
        local[name] = null;
        wanted[name] = value;
      } else return 'parent-gone';
    }
    return { local, wanted };
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
    if (whole && (state.cells[INSERTED] === undefined || insertTs > state.cells[INSERTED])) state.cells[INSERTED] = insertTs;
    // Inserted whole after its delete: the row lives again.
    if (state.deletedTs !== null && !isDeleted(state)) state.deletedTs = null;
    if (located) this.applyToRowHere(spec, change, values, state, located);
    else this.applyToRowNotHere(spec, change, values, state);
    writeRowState(this.sqlite, spec.name, change.key, state);
    this.stats.applied++;
  }

  private incomingTs(change: IncomingChange, name: string): string {
    return change.cellTs ? (change.cellTs[name] ?? '') : change.ts;
  }

  private applyToRowHere(spec: SyncedTable, change: IncomingChange, values: GlobalValues, state: RowState, located: Located) {
    const won: GlobalValues = {};
    for (const [name, value] of Object.entries(values)) {
      if (!spec.columns.some((c) => c.name === name)) continue;
      const incomingTs = this.incomingTs(change, name);
      if (spec.name === 'meetings' && name === 'notes' && !change.cellTs) this.noteConflict(change, value, located, state, incomingTs);
      if (incomingTs > (state.cells[name] ?? '')) {
        won[name] = value;
        state.cells[name] = incomingTs;
        if (spec.name === 'meetings' && name === 'notes') state.cells[NOTES_BASE] = change.base ?? '';
      }
    }
    const resolved = this.localValues(spec, won);
    const wanted = { ...(state.parked ?? {}) };
    for (const name of Object.keys(won)) delete wanted[name];
    if (resolved === 'parent-gone') {
      // Moved under a record that is gone here: the row waits, parked whole, for that record to come back.
      const all = { ...this.globalValues(spec, located, wanted), ...won };
      this.removeHere(spec, located);
      state.parked = all;
      state.cells[INSERTED] ??= '';
      return;
    }
    state.parked = { ...wanted, ...resolved.wanted };
    const names = Object.keys(resolved.local);
    if (names.length === 0) return;
    this.stmt(`UPDATE ${q(spec.name)} SET ${names.map((n) => `${q(n)} = ?`).join(', ')} WHERE ${located.where}`).run(
      ...names.map((n) => resolved.local[n]),
      ...located.params,
    );
  }

  private applyToRowNotHere(spec: SyncedTable, change: IncomingChange, values: GlobalValues, state: RowState) {
    const known: GlobalValues = { ...(state.parked ?? {}) };
    for (const [name, value] of Object.entries(values)) {
      if (!spec.columns.some((c) => c.name === name)) continue;
      const incomingTs = this.incomingTs(change, name);
      const currentTs = state.cells[name] ?? '';
      if (incomingTs > currentTs || (incomingTs === currentTs && !(name in known))) {
        known[name] = value;
        state.cells[name] = incomingTs;
        if (spec.name === 'meetings' && name === 'notes') {
          const base = change.cellTs ? change.cellTs[NOTES_BASE] : change.base;
          if (base !== undefined) state.cells[NOTES_BASE] = base;
        }
      }
    }
    state.parked = known;
    if (isDeleted(state)) state.parked = keepAfterDelete(state, known);
    else this.putBack(spec, change.key, state);
  }

  /** Inserts a parked row once it is alive, whole and its parents are here. True when it did. */
  private putBack(spec: SyncedTable, key: string, state: RowState): boolean {
    const known = state.parked;
    if (!known || isDeleted(state) || state.cells[INSERTED] === undefined) return false;
    if (!spec.columns.every((c) => c.name in known)) return false;
    const resolved = this.localValues(spec, known);
    if (resolved === 'parent-gone') return false;
    const names = Object.keys(resolved.local);
    const withGid = spec.key === 'gid';
    const columns = [...(withGid ? ['gid'] : []), ...names];
    this.stmt(`INSERT INTO ${q(spec.name)} (${columns.map(q).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
      ...(withGid ? [key] : []),
      ...names.map((n) => resolved.local[n]),
    );
    state.parked = resolved.wanted;
    return true;
  }

  private applyDelete(spec: SyncedTable, change: IncomingChange, state: RowState, located: Located | null) {
    // A delete removes the row unless the row was inserted whole again after it (a restore brings rows back).
    if (change.ts <= (state.cells[INSERTED] ?? '') || (state.deletedTs ?? '') >= change.ts) return void this.stats.skipped++;
    state.deletedTs = change.ts;
    const known = located ? this.globalValues(spec, located, state.parked) : state.parked;
    if (located) this.removeHere(spec, located);
    state.parked = keepAfterDelete(state, known);
    writeRowState(this.sqlite, spec.name, change.key, state);
    this.stats.applied++;
  }

  /**
   * Removes a row here. Rows that go with it (cascade) are parked whole first, and references to it that will
   * read as none are parked as wanted: they were not deleted by anyone, so they come back if this row does.
   */
  private removeHere(spec: SyncedTable, located: Located) {
    if (located.id !== null) this.parkDependents(spec.name, located.id);
    this.stmt(`DELETE FROM ${q(spec.name)} WHERE ${located.where}`).run(...located.params);
  }

  private parkDependents(table: string, id: number) {
    for (const child of syncedTables) {
      for (const c of child.columns) {
        if (c.references?.table !== table) continue;
        const rows = this.stmt(`SELECT ${child.key === 'gid' ? 'id, gid' : child.key.pair.map(q).join(', ')} FROM ${q(child.name)} WHERE ${q(c.name)} = ?`).all(id) as Record<string, unknown>[];
        for (const row of rows) {
          const located: Located =
            child.key === 'gid'
              ? { id: row.id as number, where: 'id = ?', params: [row.id as number] }
              : { id: null, where: child.key.pair.map((n) => `${q(n)} = ?`).join(' AND '), params: child.key.pair.map((n) => row[n] as number) };
          const key =
            child.key === 'gid'
              ? (row.gid as string | null)
              : child.key.pair.map((n) => this.gidById(column(child, n).references!.table, row[n])).join('|');
          if (!key) continue;
          const state = readRowState(this.sqlite, child.name, key);
          // The delete clears the reference itself (its foreign key, or for "carried over from" a trigger).
          if (mayBeNone(c)) {
            state.parked = { ...(state.parked ?? {}), [c.name]: this.gidById(table, id) };
          } else {
            state.parked = this.globalValues(child, located, state.parked);
            state.cells[INSERTED] ??= '';
            if (located.id !== null) this.parkDependents(child.name, located.id);
          }
          writeRowState(this.sqlite, child.name, key, state);
        }
      }
    }
  }

  /**
   * After a batch: parked rows whose parents have come back are put back, and wanted references whose record has
   * come back are set again — until nothing more changes.
   */
  settle() {
    const parked = this.stmt('SELECT table_name AS tableName, row_key AS key FROM sync_rows WHERE parked_json IS NOT NULL');
    for (let changed = true; changed; ) {
      changed = false;
      for (const { tableName, key } of parked.all() as { tableName: string; key: string }[]) {
        const spec = syncedTableByName.get(tableName);
        if (!spec) continue;
        const state = readRowState(this.sqlite, tableName, key);
        const located = this.locate(spec, key);
        if (!located) {
          if (!this.putBack(spec, key, state)) continue;
        } else {
          const resolved = this.localValues(spec, state.parked ?? {});
          if (resolved === 'parent-gone') continue;
          const found = Object.keys(state.parked ?? {}).filter((n) => !(n in resolved.wanted));
          if (found.length === 0) continue;
          this.stmt(`UPDATE ${q(spec.name)} SET ${found.map((n) => `${q(n)} = ?`).join(', ')} WHERE ${located.where}`).run(
            ...found.map((n) => resolved.local[n]),
            ...located.params,
          );
          state.parked = resolved.wanted;
        }
        writeRowState(this.sqlite, tableName, key, state);
        changed = true;
      }
    }
  }

  /**
   * Two devices edited one meeting's notes without seeing each other's text: last writer wins, and the other text
   * is kept for the user to choose. Every device keeps the same losing text (the one with the older timestamp).
   */
  private noteConflict(change: IncomingChange, incoming: unknown, located: Located, state: RowState, incomingTs: string) {
    const currentTs = state.cells.notes ?? '';
    if (currentTs === '' || incomingTs === currentTs) return;
    const current = this.stmt('SELECT notes, gid FROM meetings WHERE id = ?').get(located.params[0]) as { notes: string; gid: string };
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

function column(spec: SyncedTable, name: string): SyncedColumn {
  return spec.columns.find((c) => c.name === name)!;
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
    applier.settle();
  } finally {
    sqlite.prepare('UPDATE sync_state SET capturing = ? WHERE id = 1').run(capturing);
  }
  return applier.stats;
}
