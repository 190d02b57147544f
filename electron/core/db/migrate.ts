import fs from 'node:fs';
import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { openSqlite, wrapSqlite, type Store } from './client';
import { StoreError } from '../errors';
import { faultCode } from './faults';
import { APPLICATION_ID, checkStoreIdentity, refuse } from './identity';

interface Journal {
  entries: { idx: number; tag: string; when: number }[];
}

export function readJournal(migrationsFolder: string): Journal {
  const file = path.join(migrationsFolder, 'meta', '_journal.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Journal;
}

/** The first folder among the candidates that holds a drizzle journal. */
export function resolveMigrationsFolder(candidates: string[]): string {
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'meta', '_journal.json')));
  if (!found) {
    throw new StoreError(
      'MIGRATIONS_MISSING',
      `The database migrations could not be found (looked in ${candidates.join(', ')}). Reinstall Mentor Planner.`,
    );
  }
  return found;
}

function appliedMigrationCount(store: Store): number {
  const table = store.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!table) return 0;
  return (store.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
}

function hasUserTables(store: Store): boolean {
  const row = store.sqlite
    .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .get() as { n: number };
  return row.n > 0;
}

function timestampForFileName(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

export interface OpenStoreOptions {
  path: string;
  migrationsFolder: string;
  now?: () => Date;
}

export interface OpenedStore extends Store {
  /** The copy written before migrating, if any migration was pending on an existing file. */
  backupPath: string | null;
  migrated: number;
}

/**
 * Opens the store and brings its schema up to date. Before migrating a file that already holds data,
 * a copy is written beside it; if a migration fails, the file is restored from that copy.
 */
export async function openStore(options: OpenStoreOptions): Promise<OpenedStore> {
  const now = options.now ?? (() => new Date());
  fs.mkdirSync(path.dirname(options.path), { recursive: true });
  const identity = checkStoreIdentity(options.path);
  if (identity.status === 'refused') {
    throw new StoreError('NOT_OUR_FILE', identity.message, {
      restoreOffer: { databasePath: options.path, copiesFolder: identity.copiesFolder, copy: identity.newestCopy },
    });
  }
  const journal = readJournal(options.migrationsFolder);
  let store: Store | null = null;
  let applied: number;
  try {
    store = wrapSqlite(openSqlite(options.path), options.path);
    applied = appliedMigrationCount(store);
  } catch (cause) {
    store?.close();
    throw refusedAsDamaged(options.path, cause);
  }
  const pending = journal.entries.length - applied;
  if (applied > journal.entries.length) {
    store.close();
    throw new StoreError(
      'NEWER_SCHEMA',
      `This database was written by a newer version of Mentor Planner (schema ${applied}, this app knows ${journal.entries.length}). Update the app to open it; your data has not been touched.`,
    );
  }
  if (pending === 0) return Object.assign(markAsOurs(store), { backupPath: null, migrated: 0 });

  let backupPath: string | null = null;
  if (hasUserTables(store)) {
    backupPath = `${options.path}.before-schema-${applied}-to-${journal.entries.length}.${timestampForFileName(now())}.bak`;
    await store.sqlite.backup(backupPath);
  }
  try {
    migrate(store.db, { migrationsFolder: options.migrationsFolder });
  } catch (cause) {
    store.close();
    if (backupPath) {
      restoreFileFromCopy(backupPath, options.path);
      store = wrapSqlite(openSqlite(options.path), options.path);
      store.close();
    }
    throw new StoreError(
      'MIGRATION_FAILED',
      backupPath
        ? `Mentor Planner could not upgrade your database, so it put back the copy taken just before (${path.basename(backupPath)}). Nothing was lost. Details: ${(cause as Error).message}`
        : `Mentor Planner could not create its database. Details: ${(cause as Error).message}`,
      { cause },
    );
  }
  return Object.assign(markAsOurs(store), { backupPath, migrated: pending });
}

/** A file whose header is Mentor Planner's but whose pages SQLite cannot read: refused like a foreign one. */
function refusedAsDamaged(databasePath: string, cause: unknown): unknown {
  if (faultCode(cause) !== 'DAMAGED') return cause;
  const refusal = refuse(databasePath, 'DAMAGED_FILE', `Your data file (${databasePath}) is damaged: SQLite cannot read its list of tables (${(cause as Error).message}).`);
  return new StoreError('DAMAGED_FILE', refusal.message, {
    cause,
    restoreOffer: { databasePath, copiesFolder: refusal.copiesFolder, copy: refusal.newestCopy },
  });
}

/** Sets the application id on a new file, or on one written before the mark existed (adopted). */
function markAsOurs(store: Store): Store {
  if (store.sqlite.pragma('application_id', { simple: true }) !== APPLICATION_ID) store.sqlite.pragma(`application_id = ${APPLICATION_ID}`);
  return store;
}

/** Replaces a (closed) database file with a copy, removing stale WAL/SHM side files first. */
export function restoreFileFromCopy(copyPath: string, targetPath: string): void {
  for (const suffix of ['-wal', '-shm']) fs.rmSync(targetPath + suffix, { force: true });
  const tmp = `${targetPath}.restoring`;
  fs.copyFileSync(copyPath, tmp);
  fs.renameSync(tmp, targetPath);
}
