import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationNames } from '../../electron/core/contract';
import { OUT_DIR } from '../helpers/paths';
import { tempDir } from '../helpers/store';
import { createElectronDouble, loadMainBundle, waitFor, type ElectronDouble } from './electron-double';
import { removeTree } from '../helpers/remove-tree';

// The real built main bundle (out/main/index.js), started under Node with the electron double.
let double: ElectronDouble;
let dir: string;

beforeAll(async () => {
  if (!fs.existsSync(path.join(OUT_DIR, 'main', 'index.js'))) {
    throw new Error('out/main/index.js is missing: run `npm run build` first (npm test does).');
  }
  dir = tempDir();
  process.env.MENTOR_PLANNER_DB = path.join(dir, 'shell.db');
  double = createElectronDouble({ userData: dir, appPath: path.resolve(__dirname, '../..') });
  loadMainBundle(double);
  double.ready();
  await waitFor(() => double.windows.length > 0, 'the main window');
});

afterAll(() => {
  double?.electron.app.quit();
  removeTree(dir);
});

const rendererFileUrl = () => double.windows[0].loadedUrl!;

describe('the built main process', () => {
  it('opens the store at the configured path and runs the migrations', () => {
    const db = path.join(dir, 'shell.db');
    expect(fs.existsSync(db)).toBe(true);
    expect(double.errorBoxes).toEqual([]);
  });

  it('registers one IPC handler for every contract operation, and no others', () => {
    expect([...double.ipcHandlers.keys()].sort()).toEqual([...operationNames].sort());
  });

  it('creates the window with the security options', () => {
    const prefs = double.windows[0].options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(String(prefs.preload)).toBe(path.join(OUT_DIR, 'preload', 'index.js'));
    expect(fs.existsSync(String(prefs.preload))).toBe(true);
    expect(rendererFileUrl()).toBe('app://mentor-planner/index.html');
  });

  it('serves calls from its own page and refuses any other sender', async () => {
    const handler = double.ipcHandlers.get('app.info')!;
    const own = (await handler({ senderFrame: { url: rendererFileUrl() } }, {})) as { ok: boolean };
    expect(own.ok).toBe(true);
    const foreign = (await handler({ senderFrame: { url: 'https://evil.example/' } }, {})) as { ok: boolean; error: { code: string } };
    expect(foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const missing = (await handler({}, {})) as { ok: boolean };
    expect(missing.ok).toBe(false);
  });

  it('validates IPC payloads and returns typed errors', async () => {
    const handler = double.ipcHandlers.get('settings.update')!;
    const result = (await handler({ senderFrame: { url: rendererFileUrl() } }, { defaultCadenceDays: 'soon' })) as {
      ok: boolean;
      error: { code: string };
    };
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID' } });
  });

  it('denies new windows and sends web links to the OS browser', () => {
    const contents = double.windows[0].webContents;
    expect(contents.windowOpenHandler!({ url: 'https://example.com/article' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(double.openedExternally).toContain('https://example.com/article');
    expect(double.openedExternally).not.toContain('file:///etc/passwd');
  });

  it('blocks navigation away from the app page but allows in-page routes', () => {
    const contents = double.windows[0].webContents;
    expect(contents.attemptNavigation('https://evil.example/')).toBe(true);
    expect(contents.attemptNavigation('file:///tmp/other.html')).toBe(true);
    expect(contents.attemptNavigation(`${rendererFileUrl()}#/mentors`)).toBe(false);
  });

  it('denies every permission request and check', () => {
    let granted: boolean | null = null;
    double.sessionPolicy.permissionRequestHandler!({}, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    expect(double.sessionPolicy.permissionCheckHandler!({}, 'notifications')).toBe(false);
  });

  it('pushes a change event to the window after a mutation', async () => {
    const contents = double.windows[0].webContents;
    contents.sent.length = 0;
    const handler = double.ipcHandlers.get('settings.update')!;
    await handler({ senderFrame: { url: rendererFileUrl() } }, { defaultCadenceDays: 14 });
    expect(contents.sent).toContainEqual({ channel: 'planner:event', payload: { type: 'changed', operation: 'settings.update' } });
  });

  it('focuses the existing window on a second launch instead of opening another', () => {
    const count = double.windows.length;
    double.electron.app.emit('second-instance');
    expect(double.windows.length).toBe(count);
    expect(double.windows[0].visible).toBe(true);
  });
});
