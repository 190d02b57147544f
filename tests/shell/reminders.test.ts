import Database from 'better-sqlite3';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dayIn, systemTimeZone } from '../../electron/core/zoned-time';
import { OUT_DIR } from '../helpers/paths';
import { tempDir } from '../helpers/store';
import { createElectronDouble, loadMainBundle, waitFor, type ElectronDouble } from './electron-double';
import { removeTree } from '../helpers/remove-tree';

// The built main bundle's tray, scheduler and notifications, driven through the electron double.
let double: ElectronDouble;
const restarted: ElectronDouble[] = [];
let dir: string;
// The built shell runs on the machine's clock in the machine's zone, as the installed app does: days are counted there.
const today = dayIn(new Date(), systemTimeZone());
const yesterday = addDays(today, -1);

type MenuItem = { label?: string; click?: () => void; submenu?: MenuItem[]; type?: string };

async function call(name: string, input: unknown) {
  const own = { senderFrame: { url: double.windows[0].loadedUrl } };
  return (await double.ipcHandlers.get(name)!(own, input)) as { ok: boolean; value: { id: number } };
}

beforeAll(async () => {
  // No session bus, so no StatusNotifier host: the tray is not known to show on Linux.
  process.env.DBUS_SESSION_BUS_ADDRESS = 'unix:path=/nonexistent/bus';
  dir = tempDir();
  process.env.MENTOR_PLANNER_DB = path.join(dir, 'reminders.db');
  double = createElectronDouble({ userData: dir, appPath: path.resolve(__dirname, '../..') });
  loadMainBundle(double);
  double.ready();
  await waitFor(() => double.trays.length > 0 && double.menus.length > 0, 'the tray and its first menu');
});

afterAll(() => {
  for (const d of [double, ...restarted]) d?.electron.app.quit();
  removeTree(dir);
});

const tray = () => double.trays[0];
const menuItems = () => (tray().menu as unknown as { items: MenuItem[] }).items;

describe('tray reminders in the desktop shell', () => {
  it('creates the tray at start with nothing due', () => {
    expect(tray().tooltip).toBe('Mentor Planner — nothing due');
    expect(menuItems().map((i) => i.label ?? i.type)).toEqual([
      'Nothing due — well done',
      'separator',
      'Quick capture…',
      'Open Mentor Planner',
      'Pause reminders for 1 hour',
      'separator',
      'Quit',
    ]);
  });

  it('rebuilds the menu when data changes, and notifies a newly due item once', async () => {
    const menusBefore = double.menus.length;
    await call('settings.update', { reminders: { quietHoursEnabled: false } });
    const created = await call('commitments.create', { title: 'Send Ada the deck', dueDate: yesterday });
    expect(created.ok).toBe(true);
    await waitFor(() => tray().tooltip === 'Mentor Planner — 1 due', 'the tray to count the due commitment');
    expect(double.menus.length).toBeGreaterThan(menusBefore);
    expect(menuItems()[0].label).toBe('Due: Send Ada the deck');
    await waitFor(() => double.notifications.some((n) => n.options.title === 'Due: Send Ada the deck'), 'a notification');
    await call('backlog.add', { mentorId: 999, text: 'x' }); // a failing call changes nothing
    await call('settings.update', { defaultCadenceDays: 20 });
    await new Promise((r) => setTimeout(r, 700));
    expect(double.notifications.filter((n) => n.options.title === 'Due: Send Ada the deck')).toHaveLength(1);
    expect(double.notifications.every((n) => n.shown)).toBe(true);
    const shown = double.notifications.find((n) => n.options.title === 'Due: Send Ada the deck')!;
    // A "Mark done" button only where the OS shows notification buttons (macOS).
    if (process.platform === 'darwin') expect(shown.options.actions).toEqual([{ type: 'button', text: 'Mark done' }]);
    else expect(shown.options.actions).toBeUndefined();
  });

  it('opens the app on the item when the notification is clicked', async () => {
    const notification = double.notifications.find((n) => n.options.title === 'Due: Send Ada the deck')!;
    const contents = double.windows[0].webContents;
    contents.sent.length = 0;
    notification.emit('click');
    expect(contents.sent).toContainEqual({ channel: 'planner:event', payload: { type: 'navigate', to: expect.stringMatching(/^\/follow-ups\?commitment=\d+$/) } });
  });

  it('offers snooze and dismiss for each item, and dismissing clears it from the tray', async () => {
    await call('commitments.create', { title: 'Book the follow-up call', dueDate: yesterday });
    await waitFor(() => menuItems().some((i) => i.label === 'Due: Book the follow-up call'), 'the second item');
    const item = menuItems().find((i) => i.label === 'Due: Book the follow-up call')!;
    expect(item.submenu!.map((i) => i.label ?? i.type)).toEqual([
      'Open in Mentor Planner',
      'Mark done',
      'separator',
      'Snooze 1 hour',
      'Snooze until tomorrow morning',
      'Snooze until next week',
      'Dismiss',
    ]);
    item.submenu!.find((i) => i.label === 'Dismiss')!.click!();
    await waitFor(() => tray().tooltip === 'Mentor Planner — 1 due', 'the tray to drop the dismissed item');
  });

  it('marks the commitment done from the tray menu', async () => {
    const item = menuItems()[0];
    const markDone = item.submenu!.find((i) => i.label === 'Mark done')!;
    markDone.click!();
    await waitFor(() => tray().tooltip === 'Mentor Planner — nothing due', 'the tray to clear');
  });

  it.runIf(process.platform !== 'linux')('hides the window on close instead of quitting, with a one-time hint', async () => {
    const window = double.windows[0];
    window.close();
    expect(window.destroyed).toBe(false);
    expect(window.visible).toBe(false);
    await waitFor(() => double.notifications.some((n) => n.options.title === 'Mentor Planner is still running'), 'the hint');
    await new Promise((r) => setTimeout(r, 100));
    window.close();
    expect(double.notifications.filter((n) => n.options.title === 'Mentor Planner is still running')).toHaveLength(1);
  });

  it.runIf(process.platform === 'linux')('lets closing the window close it where no tray icon is known to show (Linux without a StatusNotifier host)', () => {
    const close = { defaultPrevented: false, preventDefault: () => (close.defaultPrevented = true) };
    double.windows[0].emit('close', close);
    expect(close.defaultPrevented).toBe(false);
  });

  it('follows the launch-at-login setting the way the OS does it', async () => {
    await call('settings.update', { launchAtLogin: true });
    const app = double.electron.app;
    const autostart = path.join(app.getPath('appData'), 'autostart', 'mentor-planner.desktop');
    if (process.platform === 'linux') {
      // Electron's login items do nothing on Linux: an XDG autostart entry starts the app.
      expect(fs.readFileSync(autostart, 'utf8')).toMatch(/^Exec=\S+.*$/m);
      expect(fs.readFileSync(autostart, 'utf8')).toContain(`Exec=${process.execPath} ${path.resolve(__dirname, '../..')}`);
    } else if (process.platform === 'win32') {
      // Windows keys the entry by executable and arguments (the app folder, in development).
      expect(app.getLoginItemSettings({ path: process.execPath, args: [path.resolve(__dirname, '../..')] }).openAtLogin).toBe(true);
    } else {
      expect(app.getLoginItemSettings().openAtLogin).toBe(true);
    }
    await call('settings.update', { launchAtLogin: false });
    expect(fs.existsSync(autostart)).toBe(false);
    expect(app.getLoginItemSettings({ path: process.execPath, args: [path.resolve(__dirname, '../..')] }).openAtLogin).toBe(false);
  });

  it('opens a small, equally sandboxed quick-capture window from the tray', () => {
    const count = double.windows.length;
    menuItems().find((i) => i.label === 'Quick capture…')!.click!();
    const capture = double.windows[count];
    expect(capture.loadedUrl).toMatch(/#\/quick-capture$/);
    expect(capture.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
  });
});

/** Starts the built main bundle afresh (as a restart or a second instance would) on the same database. */
function startAnotherInstance(): ElectronDouble {
  const another = createElectronDouble({ userData: dir, appPath: path.resolve(__dirname, '../..') });
  const nodeRequire = createRequire(__filename);
  const bundleDir = path.join(OUT_DIR, 'main');
  for (const id of Object.keys(nodeRequire.cache)) if (id.startsWith(bundleDir)) delete nodeRequire.cache[id];
  loadMainBundle(another);
  another.ready();
  restarted.push(another);
  return another;
}

function insertDueCommitment(title: string, dueDate: string) {
  const db = new Database(process.env.MENTOR_PLANNER_DB!);
  const stamp = new Date().toISOString();
  db.prepare('INSERT INTO commitments (title, due_date, created_at, updated_at) VALUES (?, ?, ?, ?)').run(title, dueDate, stamp, stamp);
  db.close();
}

describe('reminders across restarts and instances', () => {
  const threeDaysAgo = addDays(today, -3);
  const titles = (d: ElectronDouble) => d.notifications.map((n) => n.options.title);

  it('delivers what fell due while the app was closed once, grouped, and nothing twice', async () => {
    await call('commitments.create', { title: 'Call the sponsor', dueDate: yesterday });
    await waitFor(() => titles(double).includes('Due: Call the sponsor'), 'the notification before the restart');
    double.electron.app.quit();
    insertDueCommitment('Send the reading list', threeDaysAgo);
    insertDueCommitment('Draft the proposal', threeDaysAgo);
    const next = startAnotherInstance();
    await waitFor(() => next.notifications.length > 0, 'the catch-up notification');
    await new Promise((r) => setTimeout(r, 300));
    expect(titles(next)).toEqual(['While you were away: 2 reminders']);
    await waitFor(() => next.trays[0]?.tooltip === 'Mentor Planner — 3 due', 'the tray listing all three');
    next.windows[0].webContents.sent.length = 0;
    next.notifications[0].emit('click');
    expect(next.windows[0].webContents.sent).toContainEqual({ channel: 'planner:event', payload: { type: 'navigate', to: '/' } });
  });

  it('lets only one of two running instances notify a reminder', async () => {
    const [first] = restarted;
    const second = startAnotherInstance();
    await waitFor(() => second.trays[0]?.menu, 'the second instance’s tray');
    insertDueCommitment('Thank Grace', yesterday);
    first.powerMonitor.emit('resume');
    second.powerMonitor.emit('resume');
    await waitFor(() => [first, second].some((d) => titles(d).includes('Due: Thank Grace')), 'the notification');
    await new Promise((r) => setTimeout(r, 500));
    expect([...titles(first), ...titles(second)].filter((t) => t === 'Due: Thank Grace')).toHaveLength(1);
  });
});
