import path from 'node:path';
import { app } from 'electron';

/** Where the generated migrations live: beside the built app in development, in resources when packaged. */
export function migrationsFolderCandidates(): string[] {
  return [
    path.join(process.resourcesPath ?? '', 'drizzle'),
    path.join(app.getAppPath(), 'drizzle'),
    path.join(__dirname, '../../drizzle'),
  ];
}

export const preloadPath = () => path.join(__dirname, '../preload/index.js');
export const rendererDir = () => path.join(__dirname, '../renderer');

/** The tray's image files (shipped inside the app): template images on macOS, .ico on Windows, PNG on Linux. */
export function trayIconPath(alert: boolean): string {
  const name =
    process.platform === 'darwin' ? (alert ? 'trayAlertTemplate.png' : 'trayTemplate.png') : `${alert ? 'tray-alert' : 'tray'}.${process.platform === 'win32' ? 'ico' : 'png'}`;
  return path.join(app.getAppPath(), 'electron', 'assets', 'tray', name);
}
