import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCalendarBackground } from '../core/calendars/background';
import { StoreError } from '../core/errors';
import { dataFolder } from '../core/system/data-folder';
import { startWebServer } from './server';
import { startCoreOrServeRestore } from './startup-failure';

function readAppVersion(): string {
  for (const file of [path.join(__dirname, '../../package.json'), path.join(process.cwd(), 'package.json')]) {
    try {
      return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
    } catch {
      // try the next place
    }
  }
  return '0.0.0';
}

function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

async function main() {
  const args = process.argv.slice(2);
  const portArg = args.find((a) => a.startsWith('--port='));
  // One token for the "cannot open your data" page and the app after it, so its tab simply reloads.
  const token = crypto.randomBytes(24).toString('base64url');
  let browserOpened = args.includes('--no-open') || Boolean(process.env.CI);
  const announce = (url: string) => {
    console.log(`Open: ${url}`);
    if (!browserOpened) openInBrowser(url);
    browserOpened = true;
  };
  // The core's change hook reaches the calendar background once it runs (it needs the core to start).
  let calendars: ReturnType<typeof startCalendarBackground> | undefined;
  const { core, port } = await startCoreOrServeRestore(
    {
      dataDir: dataFolder(process.platform, process.env, os.homedir()),
      databasePath: process.env.MENTOR_PLANNER_DB || undefined,
      migrationsFolderCandidates: [path.join(__dirname, '../../drizzle'), path.join(process.cwd(), 'drizzle')],
      appVersion: readAppVersion(),
      hooks: {
        onChange: (operation) => calendars?.dataChanged(operation),
        onInternalError: (operation, error) => console.error(`[mentor-planner] ${operation} failed`, error),
      },
    },
    { port: portArg ? Number(portArg.slice(7)) : 0, token, onListening: announce },
  );
  calendars = startCalendarBackground(core.ctx);
  const server = await startWebServer({ core, rendererDir: path.join(__dirname, '../renderer'), port, token });
  console.log(`Mentor Planner (browser mode) is running. Data: ${core.store.path}`);
  announce(server.url);
  const stop = async () => {
    await server.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof StoreError ? error.message : error);
  process.exit(1);
});
