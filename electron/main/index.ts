import { app, BrowserWindow, dialog, session } from 'electron';
import { startCore, type Core } from '../core/app-core';
import type { DispatchHooks } from '../core/handlers';
import { dataChanged } from './data-changed';
import { broadcast, registerIpcHandlers } from './ipc';
import { migrationsFolderCandidates } from './paths';
import { electronPlatform } from './platform';
import { startDesktopReminders } from './reminders';
import { hardenSession, installAppWideSecurity } from './security';
import { createMainWindow, showWindow } from './window';

let mainWindow: BrowserWindow | null = null;
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
  return mainWindow;
}

async function start(): Promise<Core> {
  hardenSession(session.defaultSession);
  const core = await startCore({
    dataDir: app.getPath('userData'),
    databasePath: process.env.MENTOR_PLANNER_DB || undefined,
    migrationsFolderCandidates: migrationsFolderCandidates(),
    appVersion: app.getVersion(),
    hooks,
    platform: electronPlatform,
  });
  registerIpcHandlers(core);
  app.on('will-quit', () => core.close());
  openMainWindow();
  startDesktopReminders({ core, openMainWindow });
  return core;
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Mentor Planner could not start', message);
  app.exit(1);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  installAppWideSecurity();
  app.on('second-instance', () => openMainWindow());
  app.on('activate', () => openMainWindow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start).catch(fail);
}
