import path from 'node:path';
import { runDailyCopyIfDue } from './backup/daily-copies';
import { DATABASE_FILE_NAME } from './db/client';
import { openStore, resolveMigrationsFolder, type OpenedStore } from './db/migrate';
import { dispatch, type DispatchHooks } from './handlers';
import type { Context } from './operation';
import type { Platform } from './platform';

export interface CoreOptions {
  dataDir: string;
  /** Overrides the database file (MENTOR_PLANNER_DB). */
  databasePath?: string;
  migrationsFolderCandidates: string[];
  appVersion: string;
  now?: () => Date;
  hooks?: DispatchHooks;
  platform?: Platform;
}

export interface Core {
  store: OpenedStore;
  ctx: Context;
  call(name: unknown, input: unknown): ReturnType<typeof dispatch>;
  close(): void;
}

/** Opens (and upgrades) the store and returns a caller bound to the handler table. Shared by every shell. */
export async function startCore(options: CoreOptions): Promise<Core> {
  const databasePath = options.databasePath ?? path.join(options.dataDir, DATABASE_FILE_NAME);
  const store = await openStore({
    path: databasePath,
    migrationsFolder: resolveMigrationsFolder(options.migrationsFolderCandidates),
    now: options.now,
  });
  // A daily copy on the first start of each day (cheap: SQLite's online backup of a small file).
  await runDailyCopyIfDue(store, (options.now ?? (() => new Date()))()).catch((error) => console.error('[mentor-planner] daily copy failed', error));
  const ctx: Context = {
    store,
    db: store.db,
    now: options.now ?? (() => new Date()),
    appVersion: options.appVersion,
    platform: options.platform ?? {},
  };
  return {
    store,
    ctx,
    call: (name, input) => dispatch(ctx, name, input, options.hooks),
    close: () => store.close(),
  };
}
