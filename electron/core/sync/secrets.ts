import type Database from 'better-sqlite3';
import type { Platform } from '../platform';

const sessionOnly = new WeakMap<Database.Database, Map<string, string>>();

/** The OS keychain when the shell offers one; otherwise memory, for this session only (browser mode). */
export function secretsFor(sqlite: Database.Database, platform: Platform) {
  if (platform.secrets) return { ...platform.secrets, persistent: true };
  let memory = sessionOnly.get(sqlite);
  if (!memory) sessionOnly.set(sqlite, (memory = new Map()));
  const store = memory;
  return {
    get: (name: string) => store.get(name) ?? null,
    set: (name: string, value: string | null) => void (value === null ? store.delete(name) : store.set(name, value)),
    persistent: false,
  };
}

export const DATA_KEY_SECRET = 'sync-data-key';
export const SERVER_PASSWORD_SECRET = 'sync-server-password';
