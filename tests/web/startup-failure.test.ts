import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/migrate';
import { MIGRATIONS, tempDir } from '../helpers/store';
import { launchChromium } from './browser-app';
import { removeTree } from '../helpers/remove-tree';

// `npm run start:web` (the built out/main/serve.js) on a data folder whose file is not Mentor Planner's:
// the page says so, the file stays untouched, and one click on Restore brings back the newest copy.
const REPO = path.resolve(__dirname, '../..');
const dataDir = tempDir('mp-startup-failure-');
const dbPath = path.join(dataDir, 'mentor-planner.db');
let child: ChildProcess | null = null;
let browser: Browser | null = null;
afterAll(async () => {
  await browser?.close();
  if (child && child.exitCode === null) child.kill('SIGKILL');
  removeTree(dataDir);
});

describe('browser mode when the data file is refused at start-up', () => {
  it('shows what is wrong, leaves the file untouched, and restores the newest copy with one click', async () => {
    const store = await openStore({ path: dbPath, migrationsFolder: MIGRATIONS });
    store.sqlite.prepare("INSERT INTO mentors (name, created_at, updated_at) VALUES ('Ada Lovelace', '2026-11-20T09:00:00.000Z', '2026-11-20T09:00:00.000Z')").run();
    fs.mkdirSync(path.join(dataDir, 'backups'));
    await store.sqlite.backup(path.join(dataDir, 'backups', 'mentor-planner-2026-11-22.db'));
    store.close();
    const foreign = Buffer.from('PK\u0003\u0004 a zip archive someone saved under the wrong name'.repeat(100));
    fs.writeFileSync(dbPath, foreign);

    child = spawn(process.execPath, [path.join(REPO, 'out/main/serve.js'), '--no-open'], {
      cwd: REPO,
      env: { ...process.env, CI: '1', MENTOR_PLANNER_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed: ${output}`)), 20_000);
      child!.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const match = /Open: (\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    expect(output).toMatch(/is not a Mentor Planner database.*left it untouched/);

    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'Mentor Planner cannot open your data' }).isVisible()).resolves.toBe(true);
    expect(await page.textContent('body')).toMatch(/is not a Mentor Planner database.*You can restore the newest good copy \(mentor-planner-2026-11-22\.db/);
    expect(fs.readFileSync(dbPath)).toEqual(foreign);

    await page.getByRole('button', { name: 'Restore mentor-planner-2026-11-22.db' }).click();
    // The page reloads into the app itself, on the same address and token.
    await page.getByRole('link', { name: 'Mentors' }).first().waitFor({ timeout: 30_000 });
    await page.goto(`${url}#/mentors`);
    await page.locator('text=Ada Lovelace >> visible=true').first().waitFor({ timeout: 30_000 });
    const aside = fs.readdirSync(dataDir).find((f) => f.startsWith('mentor-planner.db.refused-'));
    expect(aside && fs.readFileSync(path.join(dataDir, aside))).toEqual(foreign);
  });
});
