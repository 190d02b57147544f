import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow, clipboard, dialog, shell } from 'electron';
import type { Platform } from '../core/platform';
import { isExternalWebUrl, isMailtoUrl } from '../core/security/urls';
import { callingWindow } from './calling-window';
import { osKeychain } from './secrets';

/** The Electron side of the core's Platform port. */
export const electronPlatform: Platform = {
  async chooseSavePath({ defaultFileName, filters }) {
    const owner = callingWindow.getStore() ?? BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    const options = { defaultPath: defaultFileName, filters };
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  async chooseBackupFile() {
    const owner = BrowserWindow.getAllWindows()[0];
    const options = { properties: ['openFile' as const], filters: [{ name: 'Mentor Planner backup', extensions: ['json'] }] };
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  showItemInFolder: (filePath) => shell.showItemInFolder(filePath),
  // A hidden window with JavaScript off renders the (self-contained, escaped) export; Chromium prints it.
  async printHtmlToPdf(html) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentor-planner-pdf-'));
    const file = path.join(dir, 'export.html');
    fs.writeFileSync(file, html);
    const window = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true },
    });
    try {
      await window.loadFile(file);
      return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
    } finally {
      window.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  async openExternal(url) {
    if (isExternalWebUrl(url) || isMailtoUrl(url)) await shell.openExternal(url);
  },
  writeClipboardText: (text) => clipboard.writeText(text),
  async chooseFolder() {
    const result = await dialog.showOpenDialog({ properties: ['openDirectory', 'createDirectory'] });
    return result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
  },
  // Asked for after the app is ready (the keychain is not available before).
  get keychain() {
    return osKeychain();
  },
};
