import { app, type BrowserWindow } from 'electron';
import type { Core } from '../core/app-core';
import { getSettings } from '../core/settings/settings';
import { dataChanged } from './data-changed';
import { notifyHint } from './notifications';

let quitting = false;
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

/** Launch at login follows the setting, now and whenever settings change. */
export function followLaunchAtLogin(core: Core): void {
  const apply = () => {
    const wanted = getSettings(core.ctx.db).launchAtLogin;
    if (app.getLoginItemSettings().openAtLogin !== wanted) app.setLoginItemSettings({ openAtLogin: wanted });
  };
  apply();
  dataChanged.on('changed', (operation: string) => {
    if (operation === 'settings.update') apply();
  });
}
