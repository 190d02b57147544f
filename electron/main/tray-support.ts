import { execFile } from 'node:child_process';

// macOS and Windows always show a tray icon. Linux shows one only where a StatusNotifier host runs
// (KDE, most desktops; stock GNOME does not) — there, hiding the window would leave an invisible app.
let trayShown = process.platform !== 'linux';

/** Whether a tray icon is known to be visible, so closing the window may keep the app in the tray. */
export const isTrayKnownToBeShown = () => trayShown;

/** Asks the session bus whether a StatusNotifier host is running (Linux); unknown counts as no. */
export function detectLinuxTray(): Promise<boolean> {
  if (process.platform !== 'linux') return Promise.resolve(trayShown);
  return new Promise((resolve) => {
    execFile(
      'gdbus',
      ['call', '--session', '--dest', 'org.freedesktop.DBus', '--object-path', '/org/freedesktop/DBus', '--method', 'org.freedesktop.DBus.NameHasOwner', 'org.kde.StatusNotifierWatcher'],
      { timeout: 2_000 },
      (error, stdout) => {
        trayShown = !error && /\(true,?\)/.test(String(stdout));
        resolve(trayShown);
      },
    );
  });
}
