import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { tempDir } from './store';
import { removeTree } from './remove-tree';

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

/** On Linux without a display, a private Xvfb server (as xvfb-run would start), stopped by its pid. */
async function virtualDisplay(): Promise<{ display: string; stop(): void } | null> {
  if (process.platform !== 'linux' || process.env.DISPLAY) return null;
  const server: ChildProcess = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const display = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Xvfb did not start within 10 s (apt-get install xvfb).')), 10_000);
    server.once('error', reject);
    (server.stdio[3] as NodeJS.ReadableStream).once('data', (chunk: Buffer) => {
      clearTimeout(timer);
      resolve(`:${chunk.toString().trim()}`);
    });
  });
  return { display, stop: () => server.kill('SIGTERM') };
}

/**
 * Launches the real app (built in out/) on a fresh temp database and its own user-data folder, with
 * shell.openExternal stubbed (links are recorded in `globalThis.openedExternally`, no browser opens).
 */
export async function launchRealApp(binary: string, dbName: string): Promise<{ app: ElectronApplication; databasePath: string; close(): Promise<void> }> {
  const dir = tempDir();
  const databasePath = path.join(dir, dbName);
  const screen = await virtualDisplay();
  const env = { ...process.env, MENTOR_PLANNER_DB: databasePath, ...(screen ? { DISPLAY: screen.display } : {}) } as Record<string, string>;
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.MENTOR_PLANNER_DATA_DIR;
  const app = await electron.launch({
    executablePath: binary,
    args: [path.resolve(__dirname, '../..'), '--no-sandbox', `--user-data-dir=${path.join(dir, 'user-data')}`],
    env,
  });
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as unknown as { openedExternally: string[] }).openedExternally = opened;
    shell.openExternal = async (url: string) => {
      opened.push(url);
    };
  });
  return {
    app,
    databasePath,
    close: async () => {
      await app.close();
      screen?.stop();
      removeTree(dir);
    },
  };
}
