import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { APP_ID } from '../../electron/main/identity';
import { OUT_DIR, REPO_ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/store';
import { createElectronDouble, loadMainBundle, waitFor, type ElectronDouble, type ElectronDoubleOptions } from './electron-double';
import { removeTree } from '../helpers/remove-tree';

// The desktop shell on the platform this project run plays (linux, darwin or win32), through the double.
const dirs: string[] = [];
const started: ElectronDouble[] = [];

/** Loads the built main bundle afresh, as a new launch of the app would. */
function launch(options: Partial<ElectronDoubleOptions> = {}, { ready = true } = {}): ElectronDouble {
  const dir = tempDir();
  dirs.push(dir);
  process.env.MENTOR_PLANNER_DB = path.join(dir, 'shell.db');
  process.env.DBUS_SESSION_BUS_ADDRESS = 'unix:path=/nonexistent/bus';
  const double = createElectronDouble({ userData: dir, appPath: REPO_ROOT, ...options });
  const nodeRequire = createRequire(__filename);
  for (const id of Object.keys(nodeRequire.cache)) if (id.startsWith(path.join(OUT_DIR, 'main'))) delete nodeRequire.cache[id];
  loadMainBundle(double);
  if (ready) double.ready();
  started.push(double);
  return double;
}

const fromPage = (double: ElectronDouble, window = double.windows[0]) => ({ sender: window.webContents, senderFrame: { url: window.loadedUrl } });
async function call(double: ElectronDouble, name: string, input: unknown, window = double.windows[0]) {
  return (await double.ipcHandlers.get(name)!(fromPage(double, window), input)) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

type Item = { label?: string; role?: string; type?: string; submenu?: Item[]; click?: () => void };
const flatten = (items: Item[]): Item[] => items.flatMap((i) => [i, ...flatten(Array.isArray(i.submenu) ? i.submenu : [])]);

afterEach(() => {
  while (started.length) started.pop()!.electron.app.quit();
});
afterAll(() => {
  for (const dir of dirs) removeTree(dir);
});

describe(`the desktop shell on ${process.platform}`, () => {
  it('identifies itself to Windows for notifications, and only there', async () => {
    const double = launch();
    await waitFor(() => double.windows[0], 'the window');
    expect(double.electron.app.appUserModelId).toBe(process.platform === 'win32' ? APP_ID : null);
  });

  it('quits at once, with no window, when another instance holds the lock', async () => {
    const double = launch({ lockHeldElsewhere: true });
    await new Promise((r) => setTimeout(r, 100));
    expect(double.electron.app.quitCalled).toBe(true);
    expect(double.windows).toEqual([]);
  });

  it('opens no half-wired window for a second launch or dock click before the core is ready', async () => {
    const double = launch({}, { ready: false });
    double.electron.app.emit('second-instance');
    double.electron.app.emit('activate');
    expect(double.windows).toEqual([]);
    double.ready();
    await waitFor(() => double.windows[0]?.visible, 'the window to show');
    expect(double.windows).toHaveLength(1);
    expect(double.ipcHandlers.size).toBeGreaterThan(0);
  });

  it('has its own menu: Edit, View zoom, Help; Reload and DevTools only in development', async () => {
    const double = launch();
    await waitFor(() => double.applicationMenu(), 'the application menu');
    const items = flatten(double.applicationMenu()!.items as Item[]);
    const roles = items.map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['editMenu', 'zoomIn', 'zoomOut', 'resetZoom', 'help']));
    expect(roles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(items.some((i) => i.label === 'Show My Data Folder')).toBe(true);
  });

  it('zooms with Ctrl/Cmd and the keys people press: = (the + key unshifted), the keypad’s + − 0', async () => {
    const double = launch();
    await waitFor(() => double.applicationMenu(), 'the application menu');
    const items = flatten(double.applicationMenu()!.items as Item[]) as (Item & { accelerator?: string; visible?: boolean; acceleratorWorksWhenHidden?: boolean })[];
    const keysFor = (role: string) => items.filter((i) => i.role === role && i.accelerator).map((i) => i.accelerator);
    expect(keysFor('zoomIn')).toEqual(['CommandOrControl+=', 'CommandOrControl+numadd']);
    expect(keysFor('zoomOut')).toEqual(['CommandOrControl+numsub']);
    expect(keysFor('resetZoom')).toEqual(['CommandOrControl+num0']);
    expect(items.filter((i) => i.accelerator).every((i) => i.visible === false && i.acceleratorWorksWhenHidden === true)).toBe(true);
  });

  it('checks spelling only where the OS does it (no dictionary download)', async () => {
    const double = launch();
    await waitFor(() => double.windows[0], 'the window');
    expect((double.windows[0].options.webPreferences as { spellcheck: boolean }).spellcheck).toBe(process.platform === 'darwin');
  });

  it('shows the window with an error when its page cannot load, instead of staying invisible', async () => {
    const double = launch({ pageLoadsFail: true });
    await waitFor(() => double.messageBoxes.length > 0, 'the error');
    expect(double.windows[0].visible).toBe(true);
    expect(double.messageBoxes[0].parent).toBe(double.windows[0]);
    expect(double.messageBoxes[0].options).toMatchObject({ type: 'error', message: 'Mentor Planner could not show its window.' });
    expect(String(double.messageBoxes[0].options.detail)).toMatch(/Quit and start Mentor Planner again/);
  });

  it('sends a route only to the main window, never to the quick-capture window', async () => {
    const double = launch();
    await waitFor(() => double.trays[0]?.menu, 'the tray menu');
    flatten(double.trays[0].menu!.items as Item[]).find((i) => i.label === 'Quick capture…')!.click!();
    const [main, capture] = double.windows;
    expect(capture.loadedUrl).toBe('app://mentor-planner/index.html#/quick-capture');
    await call(double, 'settings.update', { reminders: { quietHoursEnabled: false } });
    await call(double, 'commitments.create', { title: 'Send the deck', dueDate: '2020-01-02' });
    const notification = await waitFor(() => double.notifications.find((n) => n.options.title === 'Due: Send the deck'), 'the notification');
    main.webContents.sent.length = 0;
    capture.webContents.sent.length = 0;
    notification.emit('click');
    expect(main.webContents.sent.map((s) => s.payload)).toContainEqual({ type: 'navigate', to: expect.stringMatching(/^\/follow-ups/) });
    expect(capture.webContents.sent.map((s) => (s.payload as { type: string }).type)).not.toContain('navigate');
  });

  it('parents the save dialog to the window that asked', async () => {
    const double = launch();
    await waitFor(() => double.trays[0]?.menu, 'the tray menu');
    flatten(double.trays[0].menu!.items as Item[]).find((i) => i.label === 'Quick capture…')!.click!();
    const capture = double.windows[1];
    const mentor = (await call(double, 'mentors.create', { name: 'Ada Lovelace' })) as { value: { id: number } };
    expect(await call(double, 'meetings.schedule', { mentorId: mentor.value.id, scheduledAt: '2026-01-05T10:00:00.000Z' })).toMatchObject({ ok: true });
    const result = await call(double, 'export.save', { selection: { kind: 'all' }, format: 'markdown' }, capture);
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true, value: null });
    expect(double.saveDialogs).toHaveLength(1);
    expect(double.saveDialogs[0].parent).toBe(capture);
  });

  it('copies through the OS clipboard, and says so in a sentence when it cannot', async () => {
    const double = launch();
    await waitFor(() => double.ipcHandlers.size > 0 && double.windows[0], 'the IPC handlers');
    expect(await call(double, 'clipboard.copy', { text: 'Thank you, Ada' })).toMatchObject({ ok: true, value: { copied: true } });
    expect(double.electron.clipboard.readText()).toBe('Thank you, Ada');
    double.electron.app.quit();
    const busy = launch({ clipboardFails: true });
    await waitFor(() => busy.ipcHandlers.size > 0 && busy.windows[0], 'the IPC handlers');
    const refused = await call(busy, 'clipboard.copy', { text: 'Thank you, Ada' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(refused.error!.message).toMatch(/^Mentor Planner could not copy to the clipboard .*Ctrl\+C/);
  });

  it('opens a clicked mailto: link in the mail client and stays on its page', async () => {
    const double = launch();
    await waitFor(() => double.windows[0], 'the window');
    expect(double.windows[0].webContents.attemptNavigation('mailto:ada@example.com?subject=Thanks')).toBe(true);
    await waitFor(() => double.openedExternally.includes('mailto:ada@example.com?subject=Thanks'), 'the mail client');
  });

  it('shows the tray from image files, with a title only on macOS', async () => {
    const double = launch();
    await waitFor(() => double.trays[0]?.menu, 'the tray');
    const tray = double.trays[0];
    expect(tray.image.isEmpty()).toBe(false);
    const expected = { darwin: 'trayTemplate.png', win32: 'tray.ico', linux: 'tray.png' }[process.platform as 'linux'];
    expect(path.basename(tray.image.path!)).toBe(expected);
    if (process.platform !== 'darwin') expect(tray.title).toBe('');
  });

  it('quits the Electron way: before-quit, the window closes even with close-to-tray on, will-quit closes the store', async () => {
    const double = launch();
    await waitFor(() => double.windows[0]?.visible, 'the window');
    const order: string[] = [];
    const app = double.electron.app;
    for (const name of ['before-quit', 'will-quit', 'quit']) app.on(name, () => order.push(name));
    double.windows[0].on('closed', () => order.push('closed'));
    app.quit();
    expect(order).toEqual(['before-quit', 'closed', 'will-quit', 'quit']);
    expect(double.windows[0].destroyed).toBe(true);
  });

  it.runIf(process.platform === 'win32')('quits cleanly when Windows ends the session, even with close-to-tray on', async () => {
    const double = launch();
    await waitFor(() => double.windows[0]?.visible, 'the window');
    double.windows[0].emit('session-end');
    expect(double.electron.app.quitFinished).toBe(true);
    expect(double.windows[0].destroyed).toBe(true);
  });
});

describe(`secrets on ${process.platform}: only through the OS keychain (safeStorage)`, () => {
  const setUpSync = async (double: ElectronDouble) => {
    const folder = tempDir('mp-shell-sync-');
    dirs.push(folder);
    return call(double, 'sync.setUp', { target: { kind: 'folder', path: folder }, passphrase: 'correct horse battery', deviceName: 'Laptop' });
  };
  const sealedFiles = (double: ElectronDouble) => {
    const dir = path.join(double.electron.app.getPath('userData'), 'secrets');
    return fs.existsSync(dir) ? fs.readdirSync(dir).map((name) => fs.readFileSync(path.join(dir, name))) : [];
  };

  it('keeps the sync key sealed by the keychain, never as text, and says the keychain holds it', async () => {
    const double = launch();
    await waitFor(() => double.ipcHandlers.size > 0 && double.windows[0], 'the IPC handlers');
    expect(await call(double, 'calendars.capabilities', {})).toEqual({ ok: true, value: { keychain: true } });
    expect(await setUpSync(double)).toMatchObject({ ok: true, value: { state: 'on', keyKeptInKeychain: true } });
    expect(double.safeStorage.calls).toContain('encryptString');
    const [sealed] = sealedFiles(double);
    const key = double.safeStorage.decryptString(sealed);
    expect(Buffer.from(key, 'base64')).toHaveLength(32);
    expect(sealed.includes(Buffer.from(key))).toBe(false);
    expect(sealed.subarray(0, 3).toString()).toBe(process.platform === 'linux' ? 'v11' : 'v10');
  });

  it.skipIf(process.platform === 'win32')('stores no secret where there is no keychain (Linux basic_text, macOS without Keychain) and says so', async () => {
    const double = launch({ keychain: 'none' });
    await waitFor(() => double.ipcHandlers.size > 0 && double.windows[0], 'the IPC handlers');
    if (process.platform === 'linux') expect(double.safeStorage.getSelectedStorageBackend?.()).toBe('basic_text');
    expect(await call(double, 'calendars.capabilities', {})).toEqual({ ok: true, value: { keychain: false } });
    expect(await setUpSync(double)).toMatchObject({ ok: true, value: { state: 'on', keyKeptInKeychain: false } });
    expect(sealedFiles(double)).toEqual([]);
    // Never Chromium's constant-key "encryption", never a plain file.
    expect(double.safeStorage.calls.filter((c) => c === 'encryptString' || c === 'setUsePlainTextEncryption')).toEqual([]);
  });
});
