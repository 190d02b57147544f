import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { calendarSources } from '../db/schema';
import { writeFailureNote } from '../db/write-transaction';
import { notFound } from '../errors';
import type { CalendarSourceKind } from '../values';
import type { CalendarSource } from './types';

type SourceRow = typeof calendarSources.$inferSelect;

export function requireSource(db: Db, id: number): SourceRow {
  const row = db.select().from(calendarSources).where(eq(calendarSources.id, id)).get();
  if (!row) throw notFound('calendar', id);
  return row;
}

/** A file import reuses the source of an earlier import of the same calendar (same name). */
export function fileSource(db: Db, name: string, now: Date): SourceRow {
  const found = db.select().from(calendarSources).where(and(eq(calendarSources.kind, 'file'), eq(calendarSources.name, name))).get();
  if (found) return found;
  const stamp = now.toISOString();
  return db.insert(calendarSources).values({ kind: 'file', name, createdAt: stamp, updatedAt: stamp }).returning().get();
}

export function addSource(
  db: Db,
  values: { kind: CalendarSourceKind; name: string; url: string; username: string; passwordEncrypted: string | null },
  now: Date,
): SourceRow {
  const stamp = now.toISOString();
  return db.insert(calendarSources).values({ ...values, createdAt: stamp, updatedAt: stamp }).returning().get();
}

export function listSources(db: Db, sessionPasswords: ReadonlySet<number>): CalendarSource[] {
  return db
    .select()
    .from(calendarSources)
    .orderBy(calendarSources.name)
    .all()
    .map((row) => toSource(row, sessionPasswords));
}

export function toSource(row: SourceRow, sessionPasswords: ReadonlySet<number>): CalendarSource {
  const password = row.passwordEncrypted ? 'keychain' : row.passwordUnencrypted ? 'database' : sessionPasswords.has(row.id) ? 'session' : 'none';
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    url: row.url,
    username: row.username,
    password,
    lastRefreshedAt: row.lastRefreshedAt,
    lastError: row.lastError,
  };
}

/** Forgets a calendar; the meetings it made stay (they may hold the user's notes), no longer followed. */
export function removeSource(db: Db, id: number): void {
  requireSource(db, id);
  db.delete(calendarSources).where(eq(calendarSources.id, id)).run();
}

/** Keeps a refresh's failure on the calendar, unless the file takes no writes now (damaged, or replaced). */
export function recordSourceError(db: Db, id: number, message: string, now: Date): void {
  writeFailureNote(db.$client, () => db.update(calendarSources).set({ lastError: message, updatedAt: now.toISOString() }).where(eq(calendarSources.id, id)).run());
}
