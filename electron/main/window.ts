import { app, BrowserWindow, dialog, type BrowserWindowConstructorOptions } from 'electron';
import type { Core } from '../core/app-core';
import { getSettings } from '../core/settings/settings';
import { APP_PAGE_URL } from './app-protocol';
import { notifyHint } from './notifications';
import { preloadPath } from './paths';
import { isTrayKnownToBeShown } from './tray-support';

export function mainWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1240,
    height: 820,
    minWidth: 760,
    minHeight: 520,
    show: false,
    title: 'Mentor Planner',
    autoHideMenuBar: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // macOS checks spelling with the OS; Windows and Linux would download Hunspell dictionaries from
      // Google's CDN, and the app promises nothing leaves the computer.
      spellcheck: process.platform === 'darwin',
    },
  };
}

/** The address of the app's own page: the dev server in development (never when packaged), else app://. */
export function rendererUrl(): string {
  const devServer = process.env.ELECTRON_RENDERER_URL;
  if (devServer && !app.isPackaged) return devServer;
  return APP_PAGE_URL;
}

/**
 * Loads the app's page (on `route`) into a window that shows itself when ready; if the page cannot load,
 * the window is shown anyway with an error that says what to do, instead of staying invisible.
 */
export function loadAppPage(window: BrowserWindow, route = ''): void {
  window.once('ready-to-show', () => window.show());
  window.loadURL(route ? `${rendererUrl()}#${route}` : rendererUrl()).catch((error: unknown) => {
    // A navigation replaced by another (ERR_ABORTED) is not a failure.
    if (window.isDestroyed() || (error as { code?: string }).code === 'ERR_ABORTED') return;
    window.show();
    void dialog.showMessageBox(window, {
      type: 'error',
      title: 'Mentor Planner',
      message: 'Mentor Planner could not show its window.',
      detail: `${error instanceof Error ? error.message : String(error)}\n\nQuit and start Mentor Planner again; if this keeps happening, reinstall it. Your data is not affected.`,
    });
  });
}

export function createMainWindow(route = ''): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath()));
  loadAppPage(window, route);
  return window;
}

export function showWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

let quitting = false;
/** Called on 'before-quit', so a real quit (tray, menu, OS) closes the window instead of hiding it. */
export const markQuitting = () => (quitting = true);

/** Closing the window keeps the app in the tray (a setting), with a one-time hint saying so. */
export function keepInTrayOnClose(window: BrowserWindow, core: Core, reopen: () => void): void {
  window.on('close', (event) => {
    if (quitting) return;
    const settings = getSettings(core.ctx.db);
    // Where no tray icon shows (Linux without a StatusNotifier host), closing quits: never an invisible app.
    if (!settings.closeToTray || !isTrayKnownToBeShown()) return;
    event.preventDefault();
    window.hide();
    if (!settings.closeToTrayHintShown) {
      notifyHint('Mentor Planner is still running', 'Your reminders stay in the tray. Quit from the tray menu, or change this in Settings.', reopen);
      void core.call('settings.update', { closeToTrayHintShown: true });
    }
  });
  // Windows logging off or shutting down: quit cleanly (close the store) rather than hide and be killed.
  window.on('session-end', () => {
    markQuitting();
    app.quit();
  });
}
