import fs from 'node:fs';
import path from 'node:path';
import { app, safeStorage } from 'electron';
import type { Platform } from '../core/platform';

/**
 * Secrets (the sync key, server passwords) encrypted by the OS keychain through safeStorage, one file each under
 * userData/secrets. Where there is no real keychain (Linux without a secret service falls back to a hard-coded key)
 * there are none, and the core keeps secrets in memory for the session instead.
 */
export function keychainSecrets(): Platform['secrets'] {
  if (!safeStorage?.isEncryptionAvailable()) return undefined;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return undefined;
  const dir = path.join(app.getPath('userData'), 'secrets');
  const file = (name: string) => path.join(dir, `${name.replace(/[^a-z0-9-]/gi, '_')}.bin`);
  return {
    get(name) {
      try {
        return safeStorage.decryptString(fs.readFileSync(file(name)));
      } catch {
        return null;
      }
    },
    set(name, value) {
      if (value === null) return fs.rmSync(file(name), { force: true });
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      fs.writeFileSync(file(name), safeStorage.encryptString(value), { mode: 0o600 });
    },
  };
}
