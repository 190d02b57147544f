import path from 'node:path';
import { runDailyCopyIfDue } from './backup/daily-copies';
import { DATABASE_FILE_NAME } from './db/client';
import { createStoreHealth } from './db/health';
import { openStore, resolveMigrationsFolder, type OpenedStore } from './db/migrate';
import { optimizeStatistics } from './db/optimize';
import { dispatch, type DispatchHooks } from './handlers';
import type { PlannerEvent } from './events';
import type { Context } from './operation';
import type { Platform } from './platform';
import { startSyncLoop } from './sync/loop';
import { prepareSync } from './sync/service';

/** How long after start the daily copy waits, so it never competes with the first paint. */
export const DAILY_COPY_AFTER_START_MS = 5000;

export interface CoreOptions {
  dataDir: string;
  /** Overrides the database file (MENTOR_PLANNER_DB). */
  databasePath?: string;
  migrationsFolderCandidates: string[];
  appVersion: string;
  now?: () => Date;
  hooks?: DispatchHooks;
  platform?: Platform;
  /** Delay before the background daily copy; null: no copy at start (tests that count files). */
  dailyCopyAfterMs?: number | null;
  /** How often sync runs in the background once set up (default every half minute); null: never (tests that compare every row and file after each call). */
  syncIntervalMs?: number | null;
}

export interface Core {
  store: OpenedStore;
  ctx: Context;
  /** `platform` adds capabilities for this one call (browser mode: the uploaded file as the chosen backup file). */
  call(name: unknown, input: unknown, platform?: Platform): ReturnType<typeof dispatch>;
  /** Listens to the events the core pushes (export progress); returns the way to stop listening. */
  onEvent(listener: (event: PlannerEvent) => void): () => void;
  /** The background daily copy (checked before it is kept); resolves when it is done, failed or cancelled. */
  dailyCopy(): Promise<void>;
  close(): void;
}

/** Opens (and upgrades) the store and returns a caller bound to the handler table. Shared by every shell. */
export async function startCore(options: CoreOptions): Promise<Core> {
  const databasePath = options.databasePath ?? path.join(options.dataDir, DATABASE_FILE_NAME);
  const migrationsFolder = resolveMigrationsFolder(options.migrationsFolderCandidates);
  const store = await openStore({ path: databasePath, migrationsFolder, now: options.now });
  optimizeStatistics(store.sqlite, 'open');
  const now = options.now ?? (() => new Date());
  const health = createStoreHealth(() => store.path, now);
  prepareSync(store.sqlite);
  const listeners = new Set<(event: PlannerEvent) => void>();
  const emit = (event: PlannerEvent) => listeners.forEach((listener) => listener(event));
  const ctx: Context = { store, db: store.db, now, appVersion: options.appVersion, platform: options.platform ?? {}, health, migrationsFolder, emit };
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  let cancel = () => undefined as void;
  const delay = options.dailyCopyAfterMs === undefined ? DAILY_COPY_AFTER_START_MS : options.dailyCopyAfterMs;
  // The daily copy runs in the background once the app is up: an online backup in steps, checked in a worker.
  const copying = new Promise<void>((resolve) => {
    if (delay === null) return resolve();
    cancel = resolve;
    timer = setTimeout(() => {
      if (closed) return resolve();
      runDailyCopyIfDue(store, now(), health)
        .catch((error) => console.error('[mentor-planner] daily copy not taken:', error instanceof Error ? error.message : error))
        .finally(resolve);
    }, delay);
    timer.unref();
  });
  const sync = options.syncIntervalMs === null ? { soon: () => undefined, stop: () => undefined } : startSyncLoop(ctx, () => options.hooks?.onChange?.('sync.apply'), options.syncIntervalMs);
  const hooks: DispatchHooks = {
    ...options.hooks,
    onChange: (operation) => {
      options.hooks?.onChange?.(operation);
      if (!operation.startsWith('sync.')) sync.soon();
    },
  };
  return {
    store,
    ctx,
    call: (name, input, platform) => dispatch(platform ? { ...ctx, platform: { ...ctx.platform, ...platform } } : ctx, name, input, hooks),
    onEvent: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    dailyCopy: () => copying,
    close: () => {
      closed = true;
      sync.stop();
      if (timer) clearTimeout(timer);
      cancel();
      if (store.sqlite.open) optimizeStatistics(store.sqlite, 'close');
      store.close();
    },
  };
}
