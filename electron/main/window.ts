import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import type { Core } from '../core/app-core';
import { getSettings } from '../core/settings/settings';
import { notifyHint } from './notifications';
import { preloadPath, rendererIndexPath } from './paths';

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
      spellcheck: true,
    },
  };
}

/** The address of the app's own page: the dev server in development, the built file otherwise. */
export function rendererUrl(): string {
  const devServer = process.env.ELECTRON_RENDERER_URL;
  if (devServer) return devServer;
  return new URL(`file://${rendererIndexPath().replace(/\\/g, '/')}`).href;
}

export function createMainWindow(route = ''): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath()));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(route ? `${rendererUrl()}#${route}` : rendererUrl());
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
    if (!settings.closeToTray) return;
    event.preventDefault();
    window.hide();
    if (!settings.closeToTrayHintShown) {
      notifyHint('Mentor Planner is still running', 'Your reminders stay in the tray. Quit from the tray menu, or change this in Settings.', reopen);
      void core.call('settings.update', { closeToTrayHintShown: true });
    }
  });
}
