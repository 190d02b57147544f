import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../db/schema';

export interface SyncedColumn {
  name: string;
  notNull: boolean;
  /** A foreign key: messages carry the referenced row's global id, never the local integer id. */
  references?: { table: string; onDelete: string };
}

export interface SyncedTable {
  name: string;
  /** 'gid': the row's own global id. 'pair': a link row identified by the global ids of its two parents. */
  key: 'gid' | { pair: [string, string] };
  columns: SyncedColumn[];
}

// Parents before children, so a new device can insert in this order.
const SYNCED: SQLiteTable[] = [
  schema.mentors,
  schema.goals,
  schema.goalMentors,
  schema.meetings,
  schema.agendaTemplates,
  schema.agendaItems,
  schema.advice,
  schema.commitments,
  schema.interactions,
  schema.gives,
];

// Columns that name another record without a foreign key (SQLite cannot add one to an existing table): they
// travel as that record's global id too, and read as none when it is gone.
const LOOSE_REFERENCES: Record<string, Record<string, string>> = {
  agenda_items: { carried_from_meeting_id: 'meetings' },
};

function describe(table: SQLiteTable): SyncedTable {
  const config = getTableConfig(table);
  const references = new Map<string, { table: string; onDelete: string }>();
  for (const [column, target] of Object.entries(LOOSE_REFERENCES[config.name] ?? {})) references.set(column, { table: target, onDelete: 'set null' });
  for (const fk of config.foreignKeys) {
    const ref = fk.reference();
    references.set(ref.columns[0].name, { table: getTableConfig(ref.foreignTable).name, onDelete: fk.onDelete ?? 'no action' });
  }
  const pk = config.primaryKeys[0]?.columns.map((c) => c.name);
  return {
    name: config.name,
    key: pk && pk.length === 2 ? { pair: [pk[0], pk[1]] } : 'gid',
    columns: config.columns
      .filter((c) => c.name !== 'id' && c.name !== 'gid')
      .map((c) => ({ name: c.name, notNull: c.notNull, references: references.get(c.name) })),
  };
}

/** Every table whose rows travel between devices. Settings and the reminder log stay on each device. */
export const syncedTables: readonly SyncedTable[] = SYNCED.map(describe);
export const syncedTableByName = new Map(syncedTables.map((t) => [t.name, t]));
