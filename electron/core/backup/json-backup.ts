import type Database from 'better-sqlite3';
import { getTableColumns } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import type { Db } from '../db/client';
import { writeTransaction } from '../db/write-transaction';
import { invalid, PlannerError } from '../errors';
import { plural, pluralWord } from '../plural';
import { checkFieldRules } from './backup-rules';
import { BACKUP_TABLE_NAMES, BACKUP_TABLES, backupTablesSchema, type BackupTableName } from './backup-tables';

export const BACKUP_FORMAT = 'mentor-planner-backup';
export const BACKUP_VERSION = 1;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  appVersion: string;
  tables: Record<BackupTableName, Record<string, unknown>[]>;
}

const fileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  appVersion: z.string().optional(),
  tables: backupTablesSchema,
});

/** The whole store as one JSON document with a format version. */
export function createBackup(db: Db, now: Date, appVersion: string): BackupFile {
  const tables = Object.fromEntries(BACKUP_TABLE_NAMES.map((name) => [name, db.select().from(BACKUP_TABLES[name]).all()])) as unknown as BackupFile['tables'];
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), appVersion, tables };
}

/** Validates a whole backup file before anything is touched; every problem is a sentence for the user. */
export function parseBackup(text: string): z.output<typeof fileSchema> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw invalid('This file is not a Mentor Planner backup, or it was cut short (it is not complete JSON). Nothing was changed.');
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== BACKUP_FORMAT) {
    throw invalid('This file is not a Mentor Planner backup. Nothing was changed.');
  }
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    throw invalid(`This backup file is from a newer version of Mentor Planner (format ${head.version}). Update the app to restore it. Nothing was changed.`);
  }
  if (head.version !== BACKUP_VERSION) {
    throw invalid(`This backup file has a format version Mentor Planner does not know (${JSON.stringify(head.version ?? null).slice(0, 20)}), so it cannot be restored. Nothing was changed.`);
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => ({ path: i.path.map(String), message: i.message }));
    throw damaged(parsed.error.issues.length, issues);
  }
  const rules = checkFieldRules(parsed.data.tables);
  if (rules.count > 0) throw damaged(rules.count, rules.issues);
  return parsed.data;
}

const damaged = (count: number, issues: { path: string[]; message: string }[]) =>
  invalid(
    `This backup file is damaged or incomplete (${plural(count, 'problem')}, first at ${issues[0].path.join('.')}: ${issues[0].message}). Nothing was changed.`,
    issues,
  );

function primaryKeyColumns(name: BackupTableName): string[] {
  const config = getTableConfig(BACKUP_TABLES[name]);
  return (config.primaryKeys[0]?.columns ?? config.columns.filter((c) => c.primary)).map((c) => c.name);
}

/**
 * One prepared statement per table and set of fields present (a file from this app has one set per
 * table), so 140 000 rows are written without building SQL for each: replace inserts, merge upserts by
 * primary key. Fields a row leaves out take the column's default.
 */
function rowWriter(sqlite: Database.Database, name: BackupTableName, mode: 'replace' | 'merge') {
  const table = getTableConfig(BACKUP_TABLES[name]).name;
  const columns = Object.entries(getTableColumns(BACKUP_TABLES[name]));
  const primaryKey = primaryKeyColumns(name);
  const statements = new Map<string, { run: (row: Record<string, unknown>) => void }>();
  const quote = (identifier: string) => `"${identifier}"`;
  return (row: Record<string, unknown>) => {
    const present = columns.filter(([key]) => row[key] !== undefined);
    const signature = present.map(([key]) => key).join(',');
    let statement = statements.get(signature);
    if (!statement) {
      const names = present.map(([, column]) => column.name);
      const updates = names.filter((n) => !primaryKey.includes(n)).map((n) => `${quote(n)} = excluded.${quote(n)}`);
      const upsert = mode === 'merge' ? ` ON CONFLICT (${primaryKey.map(quote).join(', ')}) DO ${updates.length ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}` : '';
      const prepared = sqlite.prepare(`INSERT INTO ${quote(table)} (${names.map(quote).join(', ')}) VALUES (${names.map(() => '?').join(', ')})${upsert}`);
      statement = { run: (r) => prepared.run(present.map(([key]) => (typeof r[key] === 'boolean' ? Number(r[key]) : r[key]))) };
      statements.set(signature, statement);
    }
    statement.run(row);
  };
}

/**
 * Applies a validated backup in one transaction: `replace` empties the store first, `merge` updates rows
 * with the same id and adds the rest. Foreign keys are checked at the end; any dangling reference
 * rolls everything back.
 */
export function applyBackup(db: Db, backup: ReturnType<typeof parseBackup>, mode: 'replace' | 'merge'): Record<BackupTableName, number> {
  const sqlite = db.$client;
  return writeTransaction(sqlite, () => {
    sqlite.pragma('defer_foreign_keys = ON');
    if (mode === 'replace') for (const name of [...BACKUP_TABLE_NAMES].reverse()) sqlite.prepare(`DELETE FROM "${getTableConfig(BACKUP_TABLES[name]).name}"`).run();
    const counts = {} as Record<BackupTableName, number>;
    for (const name of BACKUP_TABLE_NAMES) {
      const write = rowWriter(sqlite, name, mode);
      const rows = backup.tables[name] as Record<string, unknown>[];
      for (const row of rows) write(row);
      counts[name] = rows.length;
    }
    const dangling = sqlite.pragma('foreign_key_check') as { table: string; parent: string }[];
    if (dangling.length > 0) {
      const first = dangling[0];
      throw new PlannerError(
        'INVALID',
        `This backup is inconsistent: ${plural(dangling.length, 'row')} (first in “${first.table}”) ${pluralWord(dangling.length, 'refers', 'refer')} to a missing “${first.parent}” row. Nothing was changed.`,
      );
    }
    return counts;
  });
}
