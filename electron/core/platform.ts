/**
 * What the core may ask of the desktop it runs on. The Electron shell provides these; browser mode and
 * tests provide none (or fakes), and callers must cope with a missing capability.
 */
export interface Platform {
  /** Asks the user where to save; resolves to the chosen path or null if cancelled. */
  chooseSavePath?(options: { defaultFileName: string; filters?: { name: string; extensions: string[] }[] }): Promise<string | null>;
  /** Asks the user for a backup file to restore (desktop: an open dialog); resolves to its path or null if cancelled. */
  chooseBackupFile?(): Promise<string | null>;
  /** Renders self-contained HTML to a PDF. */
  printHtmlToPdf?(html: string): Promise<Uint8Array>;
  showItemInFolder?(filePath: string): void;
  /** Opens an http(s) or mailto: address with the OS. */
  openExternal?(url: string): Promise<void>;
  writeClipboardText?(text: string): void;
  /** Asks the user for a folder; resolves to its path or null if cancelled. */
  chooseFolder?(): Promise<string | null>;
  /**
   * The OS keychain (the desktop: Electron's safeStorage), only where it really protects a secret: absent in
   * browser mode and tests, and on Linux without a secret service. Blobs are base64. core/system/secrets.ts
   * is the one place that uses it (the sync key, WebDAV and calendar passwords).
   */
  keychain?: { encrypt(plain: string): string; decrypt(sealed: string): string };
}
