import { sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import type { Db } from '../db/client';
import { invalid, PlannerError } from '../errors';
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
    `This backup file is damaged or incomplete (${count} problem${count === 1 ? '' : 's'}, first at ${issues[0].path.join('.')}: ${issues[0].message}). Nothing was changed.`,
    issues,
  );

function primaryKeyColumns(name: BackupTableName) {
  const config = getTableConfig(BACKUP_TABLES[name]);
  const pk = config.primaryKeys[0]?.columns ?? config.columns.filter((c) => c.primary);
  return pk;
}

/**
 * Applies a validated backup in one transaction: `replace` empties the store first, `merge` updates rows
 * with the same id and adds the rest. Foreign keys are checked at the end; any dangling reference
 * rolls everything back.
 */
export function applyBackup(db: Db, backup: ReturnType<typeof parseBackup>, mode: 'replace' | 'merge'): Record<BackupTableName, number> {
  return db.transaction((tx) => {
    tx.run(sql`PRAGMA defer_foreign_keys = ON`);
    if (mode === 'replace') for (const name of [...BACKUP_TABLE_NAMES].reverse()) tx.delete(BACKUP_TABLES[name]).run();
    const counts = {} as Record<BackupTableName, number>;
    for (const name of BACKUP_TABLE_NAMES) {
      const table = BACKUP_TABLES[name];
      const rows = backup.tables[name];
      const target = primaryKeyColumns(name);
      for (const row of rows) {
        const insert = tx.insert(table).values(row as never);
        (mode === 'merge' ? insert.onConflictDoUpdate({ target: target as never, set: row as never }) : insert).run();
      }
      counts[name] = rows.length;
    }
    const dangling = tx.all<{ table: string; parent: string }>(sql`PRAGMA foreign_key_check`);
    if (dangling.length > 0) {
      const first = dangling[0];
      throw new PlannerError(
        'INVALID',
        `This backup is inconsistent: ${dangling.length} row${dangling.length === 1 ? '' : 's'} (first in “${first.table}”) refer to a missing “${first.parent}” row. Nothing was changed.`,
      );
    }
    return counts;
  });
}
