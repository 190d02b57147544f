import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addDays, dayIn, systemTimeZone } from '../../electron/core/zoned-time';
import { tempDir } from '../helpers/store';
import { createElectronDouble, loadMainBundle, waitFor, type ElectronDouble } from './electron-double';
import { removeTree } from '../helpers/remove-tree';

// The built main bundle's scheduler and tray on a real file holding rows no form would write.
let double: ElectronDouble;
let dir: string;
// The built shell counts days on the machine's clock in the machine's zone.
const yesterday = addDays(dayIn(new Date(), systemTimeZone()), -1);
type MenuItem = { label?: string };
const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});

beforeAll(async () => {
  dir = tempDir();
  process.env.MENTOR_PLANNER_DB = path.join(dir, 'robust.db');
  double = createElectronDouble({ userData: dir, appPath: path.resolve(__dirname, '../..') });
  loadMainBundle(double);
  double.ready();
  await waitFor(() => double.trays.length > 0 && double.menus.length > 0, 'the tray and its first menu');
});

afterAll(() => {
  double?.electron.app.quit();
  warn.mockRestore();
  removeTree(dir);
});

describe('reminders survive one bad row', () => {
  it('skips commitments with unreadable dates, logs them, keeps the tray right and does not spin', async () => {
    const db = new Database(process.env.MENTOR_PLANNER_DB!);
    const stamp = new Date().toISOString();
    const insert = db.prepare('INSERT INTO commitments (title, due_date, snoozed_until, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    insert.run('Due soon, they said', 'soon', null, stamp, stamp);
    insert.run('Snoozed until zzz', yesterday, 'zzz', stamp, stamp);
    insert.run('Send Ada the deck', yesterday, null, stamp, stamp);
    db.close();
    double.powerMonitor.emit('resume');
    await waitFor(() => double.trays[0].tooltip === 'Mentor Planner — 1 due', 'the tray to count the one readable commitment');
    const items = (double.trays[0].menu as unknown as { items: MenuItem[] }).items;
    expect(items[0].label).toBe('Due: Send Ada the deck');
    const logged = warn.mock.calls.map((c) => String(c[0])).join('\n');
    expect(logged).toContain('due_date is not a date ("soon")');
    expect(logged).toContain('snoozed_until is not a date ("zzz")');
    // No busy loop: with nothing else happening, the tray is not rebuilt over and over.
    const menus = double.menus.length;
    await new Promise((r) => setTimeout(r, 1_500));
    expect(double.menus.length - menus).toBeLessThanOrEqual(1);
  });
});
