import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { tempDir } from './store';

/**
 * The Electron executable if one is installed, without triggering electron's lazy download
 * (requiring the `electron` package from Node would try to fetch it).
 */
export function findElectronBinary(): string | null {
  if (process.env.ELECTRON_BINARY && fs.existsSync(process.env.ELECTRON_BINARY)) return process.env.ELECTRON_BINARY;
  const pkg = path.resolve(__dirname, '../../node_modules/electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const executable = path.join(pkg, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(executable) ? executable : null;
}

/**
 * Launches the real app (built in out/) on a fresh temp database, for specs that run where an Electron
 * binary exists. Returns the app, the database path and a cleanup.
 */
export async function launchRealApp(binary: string, dbName: string) {
  const dir = tempDir();
  const databasePath = path.join(dir, dbName);
  const app = await electron.launch({
    executablePath: binary,
    args: [path.resolve(__dirname, '../..'), '--no-sandbox'],
    env: { ...process.env, MENTOR_PLANNER_DB: databasePath } as Record<string, string>,
  });
  return {
    app,
    databasePath,
    close: async () => {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
