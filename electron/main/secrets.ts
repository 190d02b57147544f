import { safeStorage } from 'electron';
import type { Platform } from '../core/platform';

/**
 * The OS keychain through safeStorage (Keychain, DPAPI, libsecret/KWallet), or nothing where there is no real
 * one: on Linux without a secret service safeStorage falls back to a hard-coded key ('basic_text'), which
 * protects nothing, so the core keeps secrets for the session instead. Asked for after the app is ready.
 */
export function osKeychain(): Platform['keychain'] {
  if (!safeStorage?.isEncryptionAvailable()) return undefined;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return undefined;
  return {
    encrypt: (plain) => safeStorage.encryptString(plain).toString('base64'),
    decrypt: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  };
}
