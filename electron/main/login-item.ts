import fs from 'node:fs';
import path from 'node:path';
import { app } from 'electron';
import type { Core } from '../core/app-core';
import { getSettings } from '../core/settings/settings';
import { PRODUCT_NAME } from '../core/system/data-folder';
import { dataChanged } from './data-changed';

/** How to start this app again: the executable (the AppImage when run from one) and, in development, the app folder. */
function launchCommand(): { executable: string; args: string[] } {
  const executable = process.env.APPIMAGE || process.execPath;
  return { executable, args: app.isPackaged ? [] : [app.getAppPath()] };
}

// Electron's login items do nothing on Linux: there, an XDG autostart entry does the job.
const autostartFile = () => path.join(app.getPath('appData'), 'autostart', 'mentor-planner.desktop');
const quoteExecArg = (arg: string) => (/[\s"'\\$`]/.test(arg) ? `"${arg.replace(/(["`$\\])/g, '\\$1')}"` : arg);

function setLinuxAutostart(wanted: boolean): void {
  const file = autostartFile();
  if (!wanted) return fs.rmSync(file, { force: true });
  const { executable, args } = launchCommand();
  const exec = [executable, ...args].map(quoteExecArg).join(' ');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `[Desktop Entry]\nType=Application\nName=${PRODUCT_NAME}\nExec=${exec}\nX-GNOME-Autostart-enabled=true\nTerminal=false\n`);
}

/** Registers (or removes) launch at login the way this OS does it. */
export function applyLaunchAtLogin(wanted: boolean): void {
  if (process.platform === 'linux') return setLinuxAutostart(wanted);
  if (process.platform === 'win32') {
    // Windows keys the login item by path and args: pass the same ones to read and to write it.
    const { executable, args } = launchCommand();
    if (app.getLoginItemSettings({ path: executable, args }).openAtLogin !== wanted) app.setLoginItemSettings({ openAtLogin: wanted, path: executable, args });
    return;
  }
  if (app.getLoginItemSettings().openAtLogin !== wanted) app.setLoginItemSettings({ openAtLogin: wanted });
}

/** Launch at login follows the setting, now and whenever settings change. */
export function followLaunchAtLogin(core: Core): void {
  const apply = () => {
    try {
      applyLaunchAtLogin(getSettings(core.ctx.db).launchAtLogin);
    } catch (error) {
      console.error('[mentor-planner] launch at login could not be changed', error);
    }
  };
  apply();
  dataChanged.on('changed', (operation: string) => {
    if (operation === 'settings.update') apply();
  });
}
