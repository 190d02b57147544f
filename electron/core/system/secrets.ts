import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Platform } from '../platform';

// The one way the core keeps a secret (the sync key, a WebDAV or CalDAV password). Where the shell has a
// real OS keychain (the desktop: Electron's safeStorage, never its hard-coded Linux fallback) a secret is
// stored only as the keychain encrypted it; elsewhere (browser mode, tests, Linux with no secret service)
// it is kept in memory for this session — or, for a calendar password the user asked to remember, in the
// database as typed (the calendar settings say so).

/** What the keychain answers, or null where there is none or it refuses (another keychain sealed it). */
function withKeychain(platform: Platform, use: (keychain: NonNullable<Platform['keychain']>) => string): string | null {
  if (!platform.keychain) return null;
  try {
    return use(platform.keychain);
  } catch {
    return null;
  }
}

/** The secret encrypted by the keychain (base64), or null. */
export const sealSecret = (platform: Platform, plain: string) => withKeychain(platform, (keychain) => keychain.encrypt(plain));

/** A sealed secret opened again, or null. */
export const openSecret = (platform: Platform, sealed: string) => withKeychain(platform, (keychain) => keychain.decrypt(sealed));

export interface NamedSecrets {
  get(name: string): string | null;
  set(name: string, value: string | null): void;
  /** Kept across restarts (sealed by the keychain), not only for this session. */
  persistent: boolean;
}

const sessionOnly = new WeakMap<Database.Database, Map<string, string>>();

/**
 * A store's named secrets: with a keychain, one sealed file each in `secrets/` beside the database (the
 * desktop's userData/secrets, where they always were); without one, memory for this session.
 */
export function namedSecrets(sqlite: Database.Database, platform: Platform): NamedSecrets {
  if (platform.keychain) {
    const dir = path.join(path.dirname(sqlite.name), 'secrets');
    const file = (name: string) => path.join(dir, `${name.replace(/[^a-z0-9-]/gi, '_')}.bin`);
    return {
      get(name) {
        const sealed = fs.existsSync(file(name)) ? fs.readFileSync(file(name)).toString('base64') : null;
        return sealed === null ? null : openSecret(platform, sealed);
      },
      set(name, value) {
        if (value === null) return fs.rmSync(file(name), { force: true });
        const sealed = sealSecret(platform, value);
        if (sealed === null) throw new Error('The system keychain refused to encrypt a secret.');
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        fs.writeFileSync(file(name), Buffer.from(sealed, 'base64'), { mode: 0o600 });
      },
      persistent: true,
    };
  }
  let memory = sessionOnly.get(sqlite);
  if (!memory) sessionOnly.set(sqlite, (memory = new Map()));
  const kept = memory;
  return {
    get: (name) => kept.get(name) ?? null,
    set: (name, value) => void (value === null ? kept.delete(name) : kept.set(name, value)),
    persistent: false,
  };
}
