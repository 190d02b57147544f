import fs from 'node:fs';
import path from 'node:path';
import { extractAll, listPackage, createPackageWithOptions } from '@electron/asar';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID } from '../../electron/main/identity';
import { REPO_ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/store';
import { createElectronDouble, loadMainBundle, waitFor, type ElectronDouble } from '../shell/electron-double';
import { loadBuilderConfig, stageAppFiles, type BuilderConfig } from './app-file-set';
import { removeTree } from '../helpers/remove-tree';

// What `npm run dist` would ship, checked without Electron: the file set electron-builder.yml selects for
// this platform, packed into app.asar with @electron/asar, with the extra resources beside it; then the
// built main bundle from that archive starts as an installed app (app.isPackaged, process.resourcesPath).
let config: BuilderConfig;
let dir: string;
let resources: string;
let entries: string[];
const asarPath = () => path.join(resources, 'app.asar');
const prebuild = `${process.platform}-${process.arch}.node`;

beforeAll(async () => {
  if (!fs.existsSync(path.join(REPO_ROOT, 'out', 'main', 'index.js'))) throw new Error('out/ is missing: run `npm run build` first (npm test does).');
  config = await loadBuilderConfig();
  dir = tempDir();
  // A '#' and a '%' in the install folder must not break loading the page (no string-built file URLs).
  resources = path.join(dir, 'Mentor Planner #1 100%', 'resources');
  const stage = path.join(dir, 'stage');
  stageAppFiles(config, stage, resources);
  await createPackageWithOptions(stage, asarPath(), { unpack: config.asarUnpack.join(',') });
  entries = listPackage(asarPath(), { isPack: false }).map((entry) => entry.replace(/\\/g, '/'));
}, 120_000);

afterAll(() => removeTree(dir));

describe('the installer configuration (electron-builder.yml)', () => {
  it('names the app as the shell and the data folder do, and sets the fuses', () => {
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe('Mentor Planner');
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('builds AppImage and deb, dmg and zip, and an NSIS installer, with icons that exist', () => {
    const targets = (os: string) => (config[os] as { target: string[] }).target;
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
    expect(targets('mac')).toEqual(['dmg', 'zip']);
    expect(targets('win')).toEqual(['nsis']);
    for (const os of ['linux', 'mac', 'win']) expect(fs.existsSync(path.join(REPO_ROOT, (config[os] as { icon: string }).icon)), os).toBe(true);
    expect(fs.readdirSync(path.join(REPO_ROOT, 'electron/assets/icons'))).toContain('512x512.png');
  });
});

describe('the packed app', () => {
  it('holds the main entry package.json names, the preload, the page and the tray icons', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { main: string };
    for (const file of [pkg.main, 'package.json', 'out/preload/index.js', 'out/renderer/index.html', 'electron/assets/tray/tray.png', 'electron/assets/tray/trayTemplate@2x.png', 'electron/assets/tray/tray.ico']) {
      expect(entries, file).toContain(`/${file}`);
    }
    expect(entries.filter((e) => e.startsWith('/out/main/')).length).toBeGreaterThan(0);
    expect(entries).not.toContain('/out/main/serve.js');
    // Nothing else of the project: no sources, tests, CI scripts or lock files.
    const topLevel = new Set(entries.map((e) => e.split('/')[1]));
    expect([...topLevel].sort()).toEqual(['electron', 'node_modules', 'out', 'package.json']);
    expect(entries.filter((e) => e.startsWith('/electron/') && path.extname(e) && !e.startsWith('/electron/assets/tray/'))).toEqual([]);
    expect(entries.some((e) => e.endsWith('.map'))).toBe(false);
  });

  it('ships only this platform’s better-sqlite3 prebuild, unpacked beside the archive, and no C++ sources', () => {
    const nodeFiles = entries.filter((e) => e.endsWith('.node'));
    expect(nodeFiles).toEqual([`/node_modules/better-sqlite3/prebuilds/${prebuild}`]);
    expect(fs.existsSync(path.join(`${asarPath()}.unpacked`, 'node_modules', 'better-sqlite3', 'prebuilds', prebuild))).toBe(true);
    expect(entries.some((e) => e.startsWith('/node_modules/better-sqlite3/deps') || e.startsWith('/node_modules/better-sqlite3/src'))).toBe(false);
    expect(entries).toContain('/node_modules/drizzle-orm/package.json');
    // Long exports run in a worker thread started from this file, beside the main bundle.
    expect(entries).toContain('/out/main/export-worker.js');
    expect(entries).toContain('/node_modules/zod/package.json');
    expect(entries.some((e) => e.startsWith('/node_modules/electron/') || e.startsWith('/node_modules/react/'))).toBe(false);
  });

  it('puts every migration in resources/drizzle, outside the archive', () => {
    const sql = fs.readdirSync(path.join(REPO_ROOT, 'drizzle')).filter((f) => f.endsWith('.sql'));
    expect(sql.length).toBeGreaterThan(0);
    expect(fs.readdirSync(path.join(resources, 'drizzle')).filter((f) => f.endsWith('.sql')).sort()).toEqual(sql.sort());
    expect(fs.existsSync(path.join(resources, 'drizzle', 'meta', '_journal.json'))).toBe(true);
    expect(entries.some((e) => e.startsWith('/drizzle'))).toBe(false);
  });
});

describe('the packed app, started as an installed app', () => {
  let double: ElectronDouble;
  let userData: string;
  const saved = { resourcesPath: (process as { resourcesPath?: string }).resourcesPath, env: { ...process.env } };

  beforeAll(async () => {
    // Electron reads the archive in place; Node cannot, so the archive is unpacked as it would be read.
    const appDir = path.join(resources, 'app');
    extractAll(asarPath(), appDir);
    userData = path.join(dir, 'user data');
    (process as { resourcesPath?: string }).resourcesPath = resources;
    delete process.env.MENTOR_PLANNER_DB;
    delete process.env.MENTOR_PLANNER_DATA_DIR;
    // A development address left in the environment must not be used by an installed app.
    process.env.ELECTRON_RENDERER_URL = 'http://127.0.0.1:5173/';
    double = createElectronDouble({ userData, appPath: appDir, isPackaged: true });
    loadMainBundle(double, path.join(appDir, 'out', 'main', 'index.js'));
    double.ready();
    await waitFor(() => double.windows[0]?.loadedBody, 'the window to load its page', 20_000);
  }, 60_000);

  afterAll(() => {
    double?.electron.app.quit();
    (process as { resourcesPath?: string }).resourcesPath = saved.resourcesPath;
    process.env = saved.env;
  });

  it('runs the migrations from resources/drizzle into the data folder', () => {
    expect(double.errorBoxes).toEqual([]);
    const journal = JSON.parse(fs.readFileSync(path.join(resources, 'drizzle', 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
    const db = new Database(path.join(userData, 'mentor-planner.db'), { readonly: true });
    const applied = (db.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
    db.close();
    expect(applied).toBe(journal.entries.length);
  });

  it('loads its page from app:// out of the archive, not the development server', () => {
    const window = double.windows[0];
    expect(window.loadedUrl).toBe('app://mentor-planner/index.html');
    expect(window.loadedBody).toContain('<div id="root"></div>');
    expect(double.messageBoxes).toEqual([]);
  });

  it('offers no Reload or DevTools in its menu', () => {
    type Item = { role?: string; submenu?: Item[] };
    const roles = (items: Item[]): string[] => items.flatMap((i) => [i.role ?? '', ...roles(Array.isArray(i.submenu) ? i.submenu : [])]);
    const all = roles(double.applicationMenu()!.items as Item[]);
    expect(all).toContain('zoomIn');
    expect(all).not.toContain('reload');
    expect(all).not.toContain('toggleDevTools');
  });

  it('exports in a worker thread started from the archive, with its progress sent to the window', async () => {
    const window = double.windows[0];
    const call = async (name: string, input: unknown) =>
      (await double.ipcHandlers.get(name)!({ sender: window.webContents, senderFrame: { url: window.loadedUrl } }, input)) as { ok: boolean; value?: unknown };
    const mentor = (await call('mentors.create', { name: 'Ada Lovelace' })) as { value: { id: number } };
    expect(await call('meetings.schedule', { mentorId: mentor.value.id, scheduledAt: '2026-01-05T10:00:00.000Z' })).toMatchObject({ ok: true });
    const target = path.join(dir, 'exported', 'Mentor meetings.md');
    fs.mkdirSync(path.dirname(target));
    double.electron.dialog.showSaveDialog = async () => ({ canceled: false, filePath: target });
    const saved = await call('export.save', { selection: { kind: 'all' }, format: 'markdown', timeZone: 'UTC', jobId: 'packaged-export' });
    expect(saved, JSON.stringify(saved)).toEqual({ ok: true, value: { paths: [target] } });
    expect(fs.readFileSync(target, 'utf8')).toContain('# Meeting with Ada Lovelace — 2026-01-05');
    expect(window.webContents.sent).toContainEqual({ channel: 'planner:event', payload: { type: 'export', jobId: 'packaged-export', done: 1, total: 1 } });
  });

  it('reads its tray icon from the archive', () => {
    expect(double.trays[0].image.isEmpty()).toBe(false);
    expect(double.trays[0].image.path).toContain(path.join(resources, 'app', 'electron', 'assets', 'tray'));
  });
});
