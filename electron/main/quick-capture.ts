import { BrowserWindow } from 'electron';
import { preloadPath } from './paths';
import { loadAppPage, mainWindowOptions } from './window';

let window: BrowserWindow | null = null;

/** A small always-on-top window to drop a question into a mentor's backlog, with the main window's security. */
export function openQuickCapture(): void {
  if (window && !window.isDestroyed()) {
    window.show();
    window.focus();
    return;
  }
  const base = mainWindowOptions(preloadPath());
  window = new BrowserWindow({ ...base, width: 440, height: 420, minWidth: 360, minHeight: 320, alwaysOnTop: true, title: 'Quick capture', resizable: true });
  window.on('closed', () => (window = null));
  loadAppPage(window, '/quick-capture');
}
