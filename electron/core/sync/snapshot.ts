import type Database from 'better-sqlite3';
import type { IncomingChange } from './apply';
import type { SnapshotFile } from './files';
import { syncedTables, type SyncedTable } from './synced-tables';

const q = (name: string) => '`' + name + '`';

function selectSql(spec: SyncedTable): string {
  const columns = spec.columns.map((c) =>
    c.references ? `(SELECT gid FROM ${q(c.references.table)} p WHERE p.id = t.${q(c.name)}) AS ${q(c.name)}` : `t.${q(c.name)}`,
  );
  const key =
    spec.key === 'gid'
      ? 't.gid'
      : spec.key.pair
          .map((name) => `(SELECT gid FROM ${q(spec.columns.find((c) => c.name === name)!.references!.table)} p WHERE p.id = t.${q(name)})`)
          .join(" || '|' || ");
  return `SELECT ${key} AS __key, ${columns.join(', ')}, s.column_ts_json AS __cells, s.parked_json AS __parked FROM ${q(spec.name)} t
          LEFT JOIN sync_rows s ON s.table_name = '${spec.name}' AND s.row_key = ${key}`;
}

/** Everything this device holds, with each cell's timestamp: what a new device starts from. */
export function buildSnapshot(sqlite: Database.Database, deviceId: string, seq: number, applied: Record<string, number>): SnapshotFile {
  const rows: SnapshotFile['rows'] = [];
  const parked = sqlite.prepare(
    'SELECT row_key AS key, column_ts_json AS cells, parked_json AS parked FROM sync_rows WHERE table_name = ? AND parked_json IS NOT NULL',
  );
  for (const spec of syncedTables) {
    const here = new Set<string>();
    for (const row of sqlite.prepare(selectSql(spec)).iterate() as Iterable<Record<string, unknown>>) {
      const { __key, __cells, __parked, ...values } = row;
      if (typeof __key !== 'string') continue;
      here.add(__key);
      // References to a record gone here travel as the record they want, as in a change.
      if (typeof __parked === 'string') Object.assign(values, JSON.parse(__parked));
      rows.push({ table: spec.name, key: __key, values, cellTs: __cells ? (JSON.parse(__cells as string) as Record<string, string>) : {} });
    }
    // Rows kept here but not shown (their parent is gone, or they have not arrived whole), and changes newer than
    // a row's delete: a new device keeps them too, so it ends like every other device if the row comes back.
    for (const row of parked.all(spec.name) as { key: string; cells: string; parked: string }[]) {
      if (here.has(row.key)) continue;
      rows.push({ table: spec.name, key: row.key, values: JSON.parse(row.parked) as Record<string, unknown>, cellTs: JSON.parse(row.cells) as Record<string, string> });
    }
  }
  const tombstones = sqlite
    .prepare('SELECT table_name AS "table", row_key AS key, deleted_ts AS ts FROM sync_rows WHERE deleted_ts IS NOT NULL')
    .all() as SnapshotFile['tombstones'];
  return { deviceId, seq, applied, rows, tombstones };
}

/** A snapshot as changes to apply: rows in parent-first order, then tombstones. */
export function snapshotChanges(snapshot: SnapshotFile): IncomingChange[] {
  const rows: IncomingChange[] = snapshot.rows.map((row) => ({
    device: snapshot.deviceId,
    ts: '',
    table: row.table,
    key: row.key,
    op: 'upsert',
    values: row.values,
    cellTs: row.cellTs,
  }));
  const deletes: IncomingChange[] = snapshot.tombstones.map((t) => ({ device: snapshot.deviceId, ts: t.ts, table: t.table, key: t.key, op: 'delete' }));
  return [...rows, ...deletes];
}
