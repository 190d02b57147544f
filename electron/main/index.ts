import { app, BrowserWindow, dialog, session } from 'electron';
import { startCore, type Core } from '../core/app-core';
import type { DispatchHooks } from '../core/handlers';
import { getSettings } from '../core/settings/settings';
import { dataChanged } from './data-changed';
import { broadcast, registerIpcHandlers } from './ipc';
import { migrationsFolderCandidates } from './paths';
import { electronPlatform } from './platform';
import { startDesktopReminders } from './reminders';
import { hardenSession, installAppWideSecurity } from './security';
import { createMainWindow, keepInTrayOnClose, markQuitting, showWindow } from './window';

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
const hooks: DispatchHooks = {
  onChange: (operation) => {
    broadcast({ type: 'changed', operation });
    dataChanged.emit('changed', operation);
  },
  onInternalError: (operation, error) => console.error(`[mentor-planner] ${operation} failed`, error),
};

export function openMainWindow(route = ''): BrowserWindow {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (route) broadcast({ type: 'navigate', to: route });
    showWindow(mainWindow);
    return mainWindow;
  }
  mainWindow = createMainWindow(route);
  mainWindow.on('closed', () => (mainWindow = null));
  if (core) keepInTrayOnClose(mainWindow, core, () => openMainWindow());
  return mainWindow;
}

async function start(): Promise<Core> {
  hardenSession(session.defaultSession);
  core = await startCore({
    dataDir: app.getPath('userData'),
    databasePath: process.env.MENTOR_PLANNER_DB || undefined,
    migrationsFolderCandidates: migrationsFolderCandidates(),
    appVersion: app.getVersion(),
    hooks,
    platform: electronPlatform,
  });
  const opened = core;
  registerIpcHandlers(opened);
  app.on('will-quit', () => opened.close());
  openMainWindow();
  startDesktopReminders({ core: opened, openMainWindow, quit: () => app.quit() });
  followLaunchAtLogin(opened);
  return opened;
}

/** Launch at login follows the setting, now and whenever settings change. */
function followLaunchAtLogin(opened: Core): void {
  const apply = () => {
    const wanted = getSettings(opened.ctx.db).launchAtLogin;
    if (app.getLoginItemSettings().openAtLogin !== wanted) app.setLoginItemSettings({ openAtLogin: wanted });
  };
  apply();
  dataChanged.on('changed', (operation: string) => {
    if (operation === 'settings.update') apply();
  });
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Mentor Planner could not start', message);
  app.exit(1);
}

// Electron's userData is already the shared data folder (package.json productName); this only moves it,
// as browser mode does, when MENTOR_PLANNER_DATA_DIR says so. Before the single-instance lock, which lives there.
if (process.env.MENTOR_PLANNER_DATA_DIR) app.setPath('userData', process.env.MENTOR_PLANNER_DATA_DIR);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  installAppWideSecurity();
  app.on('before-quit', markQuitting);
  app.on('second-instance', () => openMainWindow());
  app.on('activate', () => openMainWindow());
  // With close-to-tray on, the window hides instead of closing; with it off, closing the last window quits.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start).catch(fail);
}
