import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { writeTransaction } from '../db/write-transaction';
import { syncedTables, type SyncedColumn, type SyncedTable } from './synced-tables';

const q = (name: string) => '`' + name + '`';
const CAPTURING = '(SELECT capturing FROM sync_state WHERE id = 1) = 1';

/** `row`: the trigger's NEW or OLD, or a table alias. */
function valueExpr(row: string, column: SyncedColumn): string {
  const ref = column.references;
  if (!ref) return `${row}.${q(column.name)}`;
  return `(SELECT gid FROM ${q(ref.table)} WHERE id = ${row}.${q(column.name)})`;
}

function rowKeyExpr(table: SyncedTable, row: string): string {
  if (table.key === 'gid') return `(SELECT gid FROM ${q(table.name)} WHERE id = ${row}.id)`;
  const [a, b] = table.key.pair.map((name) => valueExpr(row, table.columns.find((c) => c.name === name)!));
  return `${a} || '|' || ${b}`;
}

function valuesJson(table: SyncedTable): string {
  return `json_object(${table.columns.map((c) => `'${c.name}', ${valueExpr('NEW', c)}`).join(', ')})`;
}

function triggerSql(table: SyncedTable): string[] {
  const t = table.name;
  const all = table.columns.map((c) => c.name).join(',');
  const changedAny = table.columns.map((c) => `OLD.${q(c.name)} IS NOT NEW.${q(c.name)}`).join(' OR ');
  const changedList = `rtrim(${table.columns
    .map((c) => `CASE WHEN OLD.${q(c.name)} IS NOT NEW.${q(c.name)} THEN '${c.name},' ELSE '' END`)
    .join(' || ')}, ',')`;
  const ensureGid =
    table.key === 'gid' ? `UPDATE ${q(t)} SET gid = lower(hex(randomblob(16))) WHERE id = NEW.id AND gid IS NULL;\n  ` : '';
  const deleteKey = table.key === 'gid' ? 'OLD.gid' : rowKeyExpr(table, 'OLD');
  return [
    `CREATE TRIGGER ${q(`sync_${t}_insert`)} AFTER INSERT ON ${q(t)} WHEN ${CAPTURING} BEGIN
  ${ensureGid}INSERT INTO sync_outbox(ts, table_name, row_key, op, values_json, changed)
    SELECT sync_hlc(), '${t}', k, 'upsert', ${valuesJson(table)}, '${all}' FROM (SELECT ${rowKeyExpr(table, 'NEW')} AS k) WHERE k IS NOT NULL;
END`,
    `CREATE TRIGGER ${q(`sync_${t}_update`)} AFTER UPDATE ON ${q(t)} WHEN ${CAPTURING} AND (${changedAny}) BEGIN
  INSERT INTO sync_outbox(ts, table_name, row_key, op, values_json, changed)
    SELECT sync_hlc(), '${t}', k, 'upsert', ${valuesJson(table)}, ${changedList} FROM (SELECT ${rowKeyExpr(table, 'NEW')} AS k) WHERE k IS NOT NULL;
END`,
    // A link row deleted by a parent's cascade may no longer resolve its key: every device cascades the same way.
    `CREATE TRIGGER ${q(`sync_${t}_delete`)} AFTER DELETE ON ${q(t)} WHEN ${CAPTURING} BEGIN
  INSERT INTO sync_outbox(ts, table_name, row_key, op)
    SELECT sync_hlc(), '${t}', k, 'delete' FROM (SELECT ${deleteKey} AS k) WHERE k IS NOT NULL;
END`,
  ];
}

/**
 * A link row removed by its parent's cascade can no longer name itself (the parent's global id is gone by then),
 * so the parent names its links just before it goes: every device then knows they were deleted, not merely hidden.
 */
function unlinkSql(parent: SyncedTable): string[] {
  return syncedTables
    .filter((link) => link.key !== 'gid' && link.columns.some((c) => c.references?.table === parent.name))
    .flatMap((link) =>
      link.columns
        .filter((c) => c.references?.table === parent.name)
        .map(
          (c) => `CREATE TRIGGER ${q(`sync_${parent.name}_unlink_${link.name}`)} BEFORE DELETE ON ${q(parent.name)} WHEN ${CAPTURING} BEGIN
  INSERT INTO sync_outbox(ts, table_name, row_key, op)
    SELECT sync_hlc(), '${link.name}', k, 'delete' FROM (SELECT ${rowKeyExpr(link, 'l')} AS k FROM ${q(link.name)} l WHERE l.${q(c.name)} = OLD.id) WHERE k IS NOT NULL;
END`,
        ),
    );
}

const ALL_TRIGGERS = [...syncedTables.flatMap(triggerSql), ...syncedTables.flatMap(unlinkSql)];
/** Changes whenever a synced table's columns change, so the triggers are rebuilt from the current schema. */
export const TRIGGERS_VERSION = crypto.createHash('sha256').update(ALL_TRIGGERS.join('\n')).digest('hex').slice(0, 16);

/**
 * The change-capture triggers are built from the schema at run time (not a migration), so a column added by a
 * later migration is captured without anyone remembering to edit trigger SQL. Idempotent; one transaction.
 */
export function installSyncTriggers(sqlite: Database.Database): void {
  const current = sqlite.prepare('SELECT triggers_version AS v FROM sync_state WHERE id = 1').get() as { v: string | null } | undefined;
  if (current?.v === TRIGGERS_VERSION) return;
  writeTransaction(sqlite, () => {
    const old = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_%' ESCAPE '\\'").all() as { name: string }[];
    for (const { name } of old) sqlite.exec(`DROP TRIGGER ${q(name)}`);
    for (const statement of ALL_TRIGGERS) sqlite.exec(statement);
    sqlite.prepare('UPDATE sync_state SET triggers_version = ? WHERE id = 1').run(TRIGGERS_VERSION);
  });
}
