import { BrowserWindow, clipboard, dialog, shell } from 'electron';
import type { Platform } from '../core/platform';
import { isExternalWebUrl, isMailtoUrl } from '../core/security/urls';

/** The Electron side of the core's Platform port. */
export const electronPlatform: Platform = {
  async chooseSavePath({ defaultFileName, filters }) {
    const owner = BrowserWindow.getAllWindows()[0];
    const options = { defaultPath: defaultFileName, filters };
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  showItemInFolder: (filePath) => shell.showItemInFolder(filePath),
  async openExternal(url) {
    if (isExternalWebUrl(url) || isMailtoUrl(url)) await shell.openExternal(url);
  },
  writeClipboardText: (text) => clipboard.writeText(text),
};
