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
export const rendererIndexPath = () => path.join(__dirname, '../renderer/index.html');
