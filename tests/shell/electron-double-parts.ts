import crypto from 'node:crypto';
import fs from 'node:fs';

// Electron 45's BrowserWindow constructor options and webPreferences (the ones an app of this kind
// could use). Electron itself ignores a misspelt option silently; the double makes it an error so a
// typo in a security setting cannot pass.
export const KNOWN_WINDOW_OPTIONS = new Set([
  'width', 'height', 'x', 'y', 'useContentSize', 'center', 'minWidth', 'minHeight', 'maxWidth', 'maxHeight',
  'resizable', 'movable', 'minimizable', 'maximizable', 'closable', 'focusable', 'alwaysOnTop', 'fullscreen',
  'fullscreenable', 'skipTaskbar', 'title', 'icon', 'show', 'paintWhenInitiallyHidden', 'frame', 'parent',
  'modal', 'acceptFirstMouse', 'disableAutoHideCursor', 'autoHideMenuBar', 'enableLargerThanScreen',
  'backgroundColor', 'hasShadow', 'opacity', 'darkTheme', 'transparent', 'type', 'titleBarStyle',
  'titleBarOverlay', 'trafficLightPosition', 'vibrancy', 'backgroundMaterial', 'zoomToPageWidth', 'tabbingIdentifier',
  'webPreferences',
]);
export const KNOWN_WEB_PREFERENCES = new Set([
  'devTools', 'nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'preload', 'sandbox',
  'session', 'partition', 'zoomFactor', 'javascript', 'webSecurity', 'allowRunningInsecureContent', 'images',
  'imageAnimationPolicy', 'textAreasAreResizable', 'webgl', 'plugins', 'experimentalFeatures', 'scrollBounce',
  'enableBlinkFeatures', 'disableBlinkFeatures', 'defaultFontFamily', 'defaultFontSize', 'defaultMonospaceFontSize',
  'minimumFontSize', 'defaultEncoding', 'backgroundThrottling', 'offscreen', 'contextIsolation', 'webviewTag',
  'additionalArguments', 'safeDialogs', 'safeDialogsMessage', 'disableDialogs', 'navigateOnDragDrop', 'autoplayPolicy',
  'disableHtmlFullscreenWindowResize', 'accessibleTitle', 'spellcheck', 'enableWebSQL', 'v8CacheOptions',
  'enablePreferredSizeMode', 'transparent',
]);

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface NativeImageDouble {
  path?: string;
  isEmpty(): boolean;
  isTemplateImage(): boolean;
  setTemplateImage(template: boolean): void;
}

function image(source: { path?: string; empty: boolean }): NativeImageDouble {
  let template = false;
  return {
    path: source.path,
    isEmpty: () => source.empty,
    isTemplateImage: () => template,
    setTemplateImage: (value: boolean) => {
      template = value;
    },
  };
}

/** nativeImage as Electron behaves: a missing or non-image file, or a data URL it cannot decode, is an empty image. */
export function createNativeImage() {
  const readable = (p: string) => {
    try {
      const head = fs.readFileSync(p).subarray(0, 8);
      return head.equals(PNG_SIGNATURE) || (p.endsWith('.ico') && head.readUInt16LE(2) === 1);
    } catch {
      return false;
    }
  };
  return {
    createFromPath: (p: string) => image({ path: p, empty: !readable(p) }),
    createFromDataURL: (url: string) => {
      const match = /^data:image\/png;base64,(.+)$/.exec(url);
      return image({ empty: !match || !Buffer.from(match[1], 'base64').subarray(0, 8).equals(PNG_SIGNATURE) });
    },
    createEmpty: () => image({ empty: true }),
  };
}

/**
 * Electron 45's safeStorage (the synchronous API the shell uses, and the async one beside it) as it behaves
 * on each platform. Linux: nothing before app 'ready' (backend 'unknown'); with a secret service
 * ('gnome_libsecret', 'kwallet…') encryption is available; with none the backend is 'basic_text' and
 * encryption is refused unless setUsePlainTextEncryption(true) — then it "encrypts" with Chromium's
 * constant key, which protects nothing. Windows: available once ready (DPAPI). macOS: available when the
 * Keychain is. encryptString returns a Buffer ('v10'/'v11' + AES-GCM here) and throws when unavailable;
 * decryptString throws on a blob it did not make. Every call is recorded.
 */
export function createSafeStorage(platform: NodeJS.Platform, isReady: () => boolean, backend: LinuxStorageBackend | 'none') {
  const osKey = crypto.randomBytes(32);
  const constantKey = crypto.pbkdf2Sync('peanuts', 'saltysalt', 1, 32, 'sha1');
  let plainText = false;
  const calls: string[] = [];
  const selected = () => (platform !== 'linux' ? null : !isReady() ? 'unknown' : backend === 'none' ? 'basic_text' : backend);
  const key = () => {
    if (platform === 'linux') return selected() === 'unknown' ? null : selected() === 'basic_text' ? (plainText ? constantKey : null) : osKey;
    if (platform === 'win32') return isReady() ? osKey : null;
    return backend === 'none' ? null : osKey;
  };
  const prefix = () => Buffer.from(platform === 'linux' && selected() !== 'basic_text' ? 'v11' : 'v10');
  const safeStorage = {
    calls,
    isEncryptionAvailable: () => (calls.push('isEncryptionAvailable'), key() !== null),
    encryptString(plain: string): Buffer {
      calls.push('encryptString');
      const k = key();
      if (!k) throw new Error('Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.');
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', k, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([prefix(), iv, cipher.getAuthTag(), body]);
    },
    decryptString(encrypted: Buffer): string {
      calls.push('decryptString');
      if (!Buffer.isBuffer(encrypted)) throw new TypeError('Expected the first argument of decryptString() to be a buffer');
      const k = key();
      if (!k) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString. Decryption is not available.');
      try {
        const decipher = crypto.createDecipheriv('aes-256-gcm', k, encrypted.subarray(3, 15));
        decipher.setAuthTag(encrypted.subarray(15, 31));
        return Buffer.concat([decipher.update(encrypted.subarray(31)), decipher.final()]).toString('utf8');
      } catch {
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      }
    },
    setUsePlainTextEncryption: (usePlainText: boolean) => {
      calls.push('setUsePlainTextEncryption');
      if (platform === 'linux') plainText = usePlainText;
    },
    isAsyncEncryptionAvailable: async () => key() !== null,
    encryptStringAsync: async (plain: string) => safeStorage.encryptString(plain),
    decryptStringAsync: async (encrypted: Buffer) => ({ shouldReEncrypt: false, result: safeStorage.decryptString(encrypted) }),
  };
  // Only Linux has it (@platform linux).
  const linuxOnly: { getSelectedStorageBackend?: () => string } = platform === 'linux' ? { getSelectedStorageBackend: () => (calls.push('getSelectedStorageBackend'), selected()!) } : {};
  return Object.assign(safeStorage, linuxOnly);
}

export type LinuxStorageBackend = 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6';
