import { getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import * as schema from '../db/schema';

/** Every user table, parents before children (the order inserts need and deletes reverse). */
export const BACKUP_TABLES = {
  mentors: schema.mentors,
  goals: schema.goals,
  goalMentors: schema.goalMentors,
  meetings: schema.meetings,
  agendaTemplates: schema.agendaTemplates,
  agendaItems: schema.agendaItems,
  advice: schema.advice,
  commitments: schema.commitments,
  interactions: schema.interactions,
  gives: schema.gives,
  settings: schema.settings,
  reminderLog: schema.reminderLog,
  calendarSources: schema.calendarSources,
  calendarSeries: schema.calendarSeries,
  calendarEvents: schema.calendarEvents,
} as const satisfies Record<string, SQLiteTable>;

export type BackupTableName = keyof typeof BACKUP_TABLES;
export const BACKUP_TABLE_NAMES = Object.keys(BACKUP_TABLES) as BackupTableName[];

/** A row validator built from the table's own column definitions, so it can never drift from the schema. */
function rowSchema(table: SQLiteTable) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, column] of Object.entries(getTableColumns(table)) as [string, SQLiteColumn][]) {
    const enumValues = (column as { enumValues?: string[] }).enumValues;
    let field: z.ZodType =
      column.dataType === 'boolean'
        ? z.boolean()
        : column.dataType === 'number'
          ? column.columnType === 'SQLiteInteger'
            ? z.number().int()
            : z.number()
          : enumValues && enumValues.length
            ? z.enum(enumValues as [string, ...string[]])
            : z.string();
    if (!column.notNull) field = field.nullable();
    if (!column.notNull || column.hasDefault) field = field.optional();
    shape[key] = field;
  }
  return z.strictObject(shape);
}

// Every table is required: a version-1 file always has them all, so a missing one means a damaged
// file — and a replace restore must never silently empty a table.
export const backupTablesSchema = z.strictObject(
  Object.fromEntries(BACKUP_TABLE_NAMES.map((name) => [name, z.array(rowSchema(BACKUP_TABLES[name]))])) as Record<
    BackupTableName,
    z.ZodArray<z.ZodObject>
  >,
);
