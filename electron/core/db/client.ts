import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { rememberOpenedFile } from './damage-marker';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface Store {
  db: Db;
  sqlite: Database.Database;
  path: string;
  close(): void;
}

export const DATABASE_FILE_NAME = 'mentor-planner.db';

export function openSqlite(path: string): Database.Database {
  const sqlite = new Database(path);
  // WAL so reminder and dashboard reads never block a write (and vice versa).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // NORMAL is durable in WAL mode across application crashes; only power loss may drop the last commit.
  sqlite.pragma('synchronous = NORMAL');
  rememberOpenedFile(sqlite);
  return sqlite;
}

export function wrapSqlite(sqlite: Database.Database, path: string): Store {
  const store: Store = {
    db: drizzle(sqlite, { schema }) as Db,
    sqlite,
    path,
    // Closes whichever connection the store holds now (a restore over a damaged file swaps it).
    close: () => {
      if (store.sqlite.open) store.sqlite.close();
    },
  };
  return store;
}
