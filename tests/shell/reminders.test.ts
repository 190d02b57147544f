import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/store';
import { createElectronDouble, loadMainBundle, waitFor, type ElectronDouble } from './electron-double';

// The built main bundle's tray, scheduler and notifications, driven through the electron double.
let double: ElectronDouble;
let dir: string;
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

type MenuItem = { label?: string; click?: () => void; submenu?: MenuItem[]; type?: string };

async function call(name: string, input: unknown) {
  const own = { senderFrame: { url: double.windows[0].loadedUrl } };
  return (await double.ipcHandlers.get(name)!(own, input)) as { ok: boolean; value: { id: number } };
}

beforeAll(async () => {
  dir = tempDir();
  process.env.MENTOR_PLANNER_DB = path.join(dir, 'reminders.db');
  double = createElectronDouble({ userData: dir, appPath: path.resolve(__dirname, '../..') });
  loadMainBundle(double);
  double.ready();
  await waitFor(() => double.trays.length > 0 && double.menus.length > 0, 'the tray and its first menu');
});

afterAll(() => {
  double?.electron.app.quit();
  fs.rmSync(dir, { recursive: true, force: true });
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
  });

  it('opens the app on the item when the notification is clicked', async () => {
    const notification = double.notifications.find((n) => n.options.title === 'Due: Send Ada the deck')!;
    const contents = double.windows[0].webContents;
    contents.sent.length = 0;
    notification.emit('click');
    expect(contents.sent).toContainEqual({ channel: 'planner:event', payload: { type: 'navigate', to: expect.stringMatching(/^\/follow-ups\?commitment=\d+$/) } });
  });

  it('marks the commitment done from the tray menu', async () => {
    const item = menuItems()[0];
    const markDone = item.submenu!.find((i) => i.label === 'Mark done')!;
    markDone.click!();
    await waitFor(() => tray().tooltip === 'Mentor Planner — nothing due', 'the tray to clear');
  });

  it('hides the window on close instead of quitting, with a one-time hint', async () => {
    const window = double.windows[0];
    window.close();
    expect(window.destroyed).toBe(false);
    expect(window.visible).toBe(false);
    await waitFor(() => double.notifications.some((n) => n.options.title === 'Mentor Planner is still running'), 'the hint');
    await new Promise((r) => setTimeout(r, 100));
    window.close();
    expect(double.notifications.filter((n) => n.options.title === 'Mentor Planner is still running')).toHaveLength(1);
  });

  it('follows the launch-at-login setting', async () => {
    await call('settings.update', { launchAtLogin: true });
    expect(double.electron.app.getLoginItemSettings().openAtLogin).toBe(true);
  });

  it('opens a small, equally sandboxed quick-capture window from the tray', () => {
    const count = double.windows.length;
    menuItems().find((i) => i.label === 'Quick capture…')!.click!();
    const capture = double.windows[count];
    expect(capture.loadedUrl).toMatch(/#\/quick-capture$/);
    expect(capture.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
  });
});
