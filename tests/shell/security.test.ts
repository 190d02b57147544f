import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, operationNames } from '../../electron/core/contract';
import { EVENT_CHANNEL } from '../../electron/core/events';
import { dumpTables } from '../helpers/hostile';
import { OUT_DIR } from '../helpers/paths';
import { tempDir } from '../helpers/store';
import { createElectronDouble, loadMainBundle, waitFor, type ElectronDouble } from './electron-double';
import { removeTree } from '../helpers/remove-tree';

// The Electron security checklist, read from what the BUILT shell really does (main bundle under the
// electron double, preload bundle, renderer HTML), not from the source.
let double: ElectronDouble;
let dir: string;
let dbPath: string;

beforeAll(async () => {
  if (!fs.existsSync(path.join(OUT_DIR, 'main', 'index.js'))) throw new Error(`${OUT_DIR}/main/index.js is missing: build first.`);
  dir = tempDir();
  dbPath = path.join(dir, 'security.db');
  process.env.MENTOR_PLANNER_DB = dbPath;
  double = createElectronDouble({ userData: dir, appPath: path.resolve(__dirname, '../..') });
  loadMainBundle(double);
  double.ready();
  await waitFor(() => double.windows.length > 0, 'the main window');
});
afterAll(() => {
  double?.electron.app.quit();
  removeTree(dir);
});

const appUrl = () => double.windows[0].loadedUrl!.split('#')[0];

function cspOf(html: string): Map<string, string[]> {
  const meta = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i);
  if (!meta) return new Map();
  return new Map(
    meta[1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

interface MenuItem {
  label?: string;
  click?: () => void;
  submenu?: MenuItem[];
}
const menuItems = (items: MenuItem[]): MenuItem[] => items.flatMap((item) => [item, ...menuItems(Array.isArray(item.submenu) ? item.submenu : [])]);

describe('window and session settings of the built shell', () => {
  it('creates every window isolated, sandboxed and without Node, the tray’s quick-capture window included', async () => {
    // Open every window the tray can open, so the check covers more than the main window.
    const trayItems = double.trays.flatMap((tray) => menuItems((tray.menu?.items ?? []) as MenuItem[]));
    const captureItems = trayItems.filter((i) => /capture/i.test(i.label ?? ''));
    for (const item of captureItems) item.click?.();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(double.windows.length).toBeGreaterThanOrEqual(1 + Math.min(captureItems.length, 1));
    expect(double.windows.length).toBeGreaterThan(0);
    for (const window of double.windows) {
      const prefs = window.options.webPreferences as Record<string, unknown>;
      expect(prefs).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
      });
      expect(prefs.experimentalFeatures).not.toBe(true);
      expect(prefs.enableBlinkFeatures).toBeUndefined();
      expect(path.dirname(String(prefs.preload))).toBe(path.join(OUT_DIR, 'preload'));
    }
  });

  it('loads only its own built page', () => {
    expect(appUrl()).toBe('app://mentor-planner/index.html');
  });

  it('ships a strict Content-Security-Policy in the built page and no inline script or handler', () => {
    const html = fs.readFileSync(path.join(OUT_DIR, 'renderer', 'index.html'), 'utf8');
    const csp = cspOf(html);
    expect(csp.size, 'a CSP meta tag').toBeGreaterThan(0);
    expect(csp.get('default-src')?.every((s) => s === "'none'" || s === "'self'")).toBe(true);
    const scriptSrc = csp.get('script-src') ?? csp.get('default-src')!;
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", '*', 'data:', 'blob:', 'http:', 'https:']) {
      expect(scriptSrc, `script-src must not allow ${unsafe}`).not.toContain(unsafe);
    }
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')?.every((s) => s === "'none'" || s === "'self'")).toBe(true);
    expect(csp.get('connect-src') ?? csp.get('default-src')).not.toContain('*');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it('hardens every web contents, including ones created later', () => {
    const later = new double.electron.BrowserWindow({});
    for (const contents of [double.windows[0].webContents, later.webContents]) {
      expect(contents.windowOpenHandler).not.toBeNull();
      expect(contents.attemptNavigation('https://evil.example/')).toBe(true);
      expect(contents.attemptNavigation('https://evil.example/', 'will-redirect')).toBe(true);
      let prevented = false;
      contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, {});
      expect(prevented).toBe(true);
    }
    later.destroy();
  });

  it('denies every new window; only http(s) links go to the OS browser', () => {
    const contents = double.windows[0].webContents;
    const urls = [
      'https://example.com/article',
      'http://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      `${appUrl()}#/mentors`,
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
    ];
    double.openedExternally.length = 0;
    for (const url of urls) expect(contents.windowOpenHandler!({ url }), url).toEqual({ action: 'deny' });
    expect(double.openedExternally.sort()).toEqual(['http://example.com/', 'https://example.com/article']);
  });

  it('blocks navigation anywhere but its own page', () => {
    const contents = double.windows[0].webContents;
    const foreign = [
      'https://evil.example/',
      'http://127.0.0.1:4777/',
      'file:///etc/passwd',
      `file://${path.join(OUT_DIR, 'renderer', 'other.html')}`,
      'javascript:alert(1)',
      'data:text/html,hi',
      'about:blank',
      'chrome://settings',
      'devtools://devtools/bundled/inspector.html',
    ];
    for (const url of foreign) {
      expect(contents.attemptNavigation(url), url).toBe(true);
      expect(contents.attemptNavigation(url, 'will-redirect'), url).toBe(true);
    }
    expect(contents.attemptNavigation(`${appUrl()}#/goals`)).toBe(false);
  });

  it('denies every permission request and check', () => {
    const permissions = [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'midiSysex',
      'pointerLock',
      'fullscreen',
      'openExternal',
      'clipboard-read',
      'clipboard-sanitized-write',
      'display-capture',
      'hid',
      'serial',
      'usb',
      'idle-detection',
      'window-management',
      'storage-access',
      'unknown',
    ];
    for (const permission of permissions) {
      let granted: boolean | null = null;
      double.sessionPolicy.permissionRequestHandler!({}, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
      expect(double.sessionPolicy.permissionCheckHandler!({}, permission, 'file://', {}), permission).toBe(false);
    }
  });
});

describe('IPC of the built shell', () => {
  it('refuses every operation from any sender but its own page, and changes nothing', async () => {
    const reader = new Database(dbPath, { readonly: true });
    const before = dumpTables(reader);
    const senders = [
      { senderFrame: { url: 'https://evil.example/' } },
      { senderFrame: { url: 'file:///tmp/evil.html' } },
      { senderFrame: { url: `${appUrl()}.evil.html` } },
      { senderFrame: { url: 'data:text/html,hi' } },
      { senderFrame: { url: '' } },
      { senderFrame: null },
      {},
    ];
    expect(double.ipcHandlers.size).toBeGreaterThan(0);
    for (const [name, handler] of double.ipcHandlers) {
      for (const event of senders) {
        const result = (await handler(event, {})) as { ok: boolean; error?: { code: string } };
        expect(result, `${name} from ${JSON.stringify(event)}`).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
    }
    const update = double.ipcHandlers.get('settings.update')!;
    expect(await update({ senderFrame: { url: 'https://evil.example/' } }, { defaultCadenceDays: 3 })).toMatchObject({ ok: false });
    expect(dumpTables(reader)).toEqual(before);
    reader.close();
    const own = (await update({ senderFrame: { url: `${appUrl()}#/settings` } }, { defaultCadenceDays: 3 })) as { ok: boolean };
    expect(own.ok).toBe(true);
  });
});

describe('the built preload', () => {
  const preloadFile = () => path.join(OUT_DIR, 'preload', 'index.js');

  it('requires nothing but electron (a sandboxed preload can load nothing else)', () => {
    const source = fs.readFileSync(preloadFile(), 'utf8');
    const required = [...source.matchAll(/\brequire\s*\(\s*(['"`])([^'"`]+)\1\s*\)/g)].map((m) => m[2]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(source).not.toMatch(/^\s*import\s/m);
  });

  it('carries operation names only: no schema, zod or drizzle, and exactly the contract’s names and event channel', async () => {
    const source = fs.readFileSync(preloadFile(), 'utf8');
    expect(source.length).toBeLessThan(20_000);
    expect(source).not.toMatch(/drizzle|sqliteTable|ZodError|safeParse/);
    const invoked: string[] = [];
    const channels: string[] = [];
    const exposed: Record<string, { invoke(name: string): Promise<unknown>; onEvent(l: () => void): void }> = {};
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: never) => (exposed[key] = value) },
      ipcRenderer: { invoke: async (channel: string) => invoked.push(channel), on: (channel: string) => channels.push(channel), removeListener: () => undefined },
    };
    vm.runInNewContext(source, { require: () => electron, module: { exports: {} }, console }, { filename: preloadFile() });
    for (const name of operationNames) await exposed.planner.invoke(name);
    expect(invoked).toEqual([...operationNames]);
    exposed.planner.onEvent(() => undefined);
    expect(channels).toEqual([EVENT_CHANNEL]);
  });

  it('exposes one frozen object with invoke and onEvent, which only forwards contract operations', async () => {
    const exposed: Record<string, unknown> = {};
    const invoked: string[] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
      ipcRenderer: { invoke: async (channel: string) => invoked.push(channel), on: () => undefined, removeListener: () => undefined },
    };
    const sandboxRequire = (id: string) => {
      if (id === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require ${id}`);
    };
    const module = { exports: {} };
    vm.runInNewContext(fs.readFileSync(preloadFile(), 'utf8'), { require: sandboxRequire, module, exports: module.exports, console }, { filename: preloadFile() });
    expect(Object.keys(exposed)).toEqual(['planner']);
    const bridge = exposed.planner as { invoke: (name: string, input?: unknown) => Promise<unknown> };
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent']);
    for (const name of ['constructor', '__proto__', 'toString', 'evil.channel', 'planner:event']) {
      expect(await bridge.invoke(name)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
    }
    expect(invoked).toEqual([]);
    await bridge.invoke(operationNames[0]);
    expect(invoked).toEqual([operationNames[0]]);
    expect(contract[operationNames[0]]).toBeDefined();
  });
});
