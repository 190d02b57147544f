import type { Db } from './client';

// Keyed by the Db so each connection (and each test's store) gets its own statements, freed with it.
const statements = new WeakMap<Db, Map<string, unknown>>();

/**
 * A drizzle query built and prepared once per connection, then run with placeholder values
 * (`sql.placeholder('id')`). Building and preparing costs 0.25–0.65 ms a statement; the hot reads
 * (lists, dashboard, board, health) pay it once per process instead of on every call.
 */
export function prepared<T>(db: Db, key: string, build: () => T): T {
  let forDb = statements.get(db);
  if (!forDb) statements.set(db, (forDb = new Map()));
  let statement = forDb.get(key) as T | undefined;
  if (statement === undefined) forDb.set(key, (statement = build()));
  return statement;
}
