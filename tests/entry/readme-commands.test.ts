import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataFolder } from '../../electron/core/system/data-folder';
import { findElectronBinary } from '../helpers/electron-binary';
import { launchChromium } from '../web/browser-app';
import { copyProject, freePort, groupAlive, runCommand, userEnv } from './project-copy';

// The README's commands, typed as written, in a fresh copy of the project with a fresh home folder.
let project: ReturnType<typeof copyProject>;

beforeAll(() => {
  project = copyProject();
});
afterAll(() => project?.remove());

describe('npm run start:web (README: Set up and run)', () => {
  it('builds, serves the app on the given port with its token, opens on Today, and stops by its pid', async () => {
    const port = await freePort();
    const command = runCommand(`npm run start:web -- --no-open --port=${port}`, project.root, userEnv(project.home));
    try {
      const [, address] = await command.waitForOutput(/Open: (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/, 150_000);
      expect(new URL(address).port).toBe(String(port));
      // The person's default data folder, the same one the desktop app uses.
      expect(command.output()).toContain(`Data: ${path.join(dataFolder(process.platform, {}, project.home), 'mentor-planner.db')}`);

      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.goto(address);
        await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor({ timeout: 30_000 });
        const withoutToken = await page.request.post(`http://127.0.0.1:${port}/api/call/app.info`, { data: {} });
        expect(withoutToken.status()).toBe(401);
      } finally {
        await browser.close();
      }
    } finally {
      await command.stop();
    }
    expect(groupAlive(command.child.pid!)).toBe(false);
    expect(fs.existsSync(path.join(dataFolder(process.platform, {}, project.home), 'mentor-planner.db'))).toBe(true);
  }, 240_000);
});

const binary = findElectronBinary();
if (binary) console.log('SKIPPED the offline `npm start` check: an Electron runtime is installed here, so `npm start` would launch the app.');

describe.skipIf(!!binary)('npm start where no Electron runtime can be had', () => {
  it('says so in one sentence that points at browser mode, and exits with an error code', async () => {
    // Offline, as far as Electron's download is concerned: its mirror is a closed local port.
    const closedPort = await freePort();
    const env = userEnv(project.home, { ELECTRON_MIRROR: `http://127.0.0.1:${closedPort}/`, electron_config_cache: path.join(project.home, 'electron-cache') });
    const command = runCommand('npm start', project.root, env);
    const started = Date.now();
    const code = await Promise.race([command.exited, new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 200_000))]);
    if (code === 'hung') await command.stop();
    expect(code, command.output()).not.toBe('hung');
    expect(code).not.toBe(0);
    const sentence = command.output().match(/The Electron runtime could not be downloaded[^\n]*/);
    expect(sentence?.[0]).toMatch(/^The Electron runtime could not be downloaded .*; run `npm run start:web` to use Mentor Planner in your browser instead\.$/);
    expect(command.output()).not.toMatch(/\n\s+at .+:\d+:\d+/);
    console.log(`npm start gave up on the runtime after ${Date.now() - started} ms (build included)`);
  }, 240_000);
});
