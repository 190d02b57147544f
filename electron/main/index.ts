import { app, BrowserWindow, dialog, session } from 'electron';
import type { Core } from '../core/app-core';
import { startCalendarBackground } from '../core/calendars/background';
import type { DispatchHooks } from '../core/handlers';
import { registerAppScheme, serveRendererOverAppScheme } from './app-protocol';
import { dataChanged } from './data-changed';
import { broadcast, registerIpcHandlers, sendEvent } from './ipc';
import { followLaunchAtLogin } from './login-item';
import { installApplicationMenu } from './menu';
import { migrationsFolderCandidates } from './paths';
import { APP_ID } from './identity';
import { electronPlatform } from './platform';
import { startDesktopReminders } from './reminders';
import { startCoreOfferingRestore } from './startup-failure';
import { hardenSession, installAppWideSecurity } from './security';
import { detectLinuxTray } from './tray-support';
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

/**
 * Shows the main window (creating it once the core is ready), on `route` if given. Before the core is
 * ready it does nothing: start-up opens the window itself, fully wired.
 */
export function openMainWindow(route = ''): BrowserWindow | null {
  if (!core) return null;
  if (mainWindow && !mainWindow.isDestroyed()) {
    // Only the main window follows a route: the quick-capture window stays what it is.
    if (route) sendEvent(mainWindow, { type: 'navigate', to: route });
    showWindow(mainWindow);
    return mainWindow;
  }
  mainWindow = createMainWindow(route);
  mainWindow.on('closed', () => (mainWindow = null));
  keepInTrayOnClose(mainWindow, core, () => openMainWindow());
  return mainWindow;
}

async function start(): Promise<Core> {
  hardenSession(session.defaultSession);
  serveRendererOverAppScheme();
  void detectLinuxTray();
  const opened = await startCoreOfferingRestore({
    dataDir: app.getPath('userData'),
    databasePath: process.env.MENTOR_PLANNER_DB || undefined,
    migrationsFolderCandidates: migrationsFolderCandidates(),
    appVersion: app.getVersion(),
    hooks,
    platform: electronPlatform,
  });
  core = opened;
  registerIpcHandlers(opened);
  opened.onEvent(broadcast);
  app.on('will-quit', () => opened.close());
  installApplicationMenu();
  openMainWindow();
  startDesktopReminders({ core: opened, openMainWindow, quit: () => app.quit() });
  followLaunchAtLogin(opened);
  const calendars = startCalendarBackground(opened.ctx, { onChanged: () => hooks.onChange?.('calendars.refresh') });
  dataChanged.on('changed', (operation: string) => calendars.dataChanged(operation));
  return opened;
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
  registerAppScheme();
  // Windows shows notifications only for an app with an AppUserModelID (the installer's shortcut has it).
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
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
