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
  /** Encrypts a secret with the OS keychain (Electron safeStorage); base64 of the blob. */
  encryptSecret?(plain: string): string;
  decryptSecret?(blob: string): string;
  /**
   * Secrets (sync keys, server passwords) kept in the OS keychain (Electron safeStorage); null clears one.
   * Without it (browser mode, tests) secrets live in memory for this session only.
   */
  secrets?: { get(name: string): string | null; set(name: string, value: string | null): void };
}
