import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../helpers/electron-binary';
import { tempDir } from '../helpers/store';

// The real tray. Runs wherever an Electron binary exists; elsewhere it is skipped, and says why.
const binary = findElectronBinary();
if (!binary) console.log('SKIPPED real-Electron tray specs: no Electron binary is installed here.');

describe.skipIf(!binary)('the tray (real Electron)', () => {
  let app: ElectronApplication;
  let dir: string;

  beforeAll(async () => {
    dir = tempDir();
    app = await electron.launch({
      executablePath: binary!,
      args: [path.resolve(__dirname, '../..'), '--no-sandbox'],
      env: { ...process.env, MENTOR_PLANNER_DB: path.join(dir, 'tray.db') } as Record<string, string>,
    });
    await app.firstWindow();
  });

  afterAll(async () => {
    await app?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps running in the tray when the window is closed', async () => {
    const state = await app.evaluate(async ({ BrowserWindow }) => {
      const window = BrowserWindow.getAllWindows()[0];
      window.close();
      await new Promise((r) => setTimeout(r, 300));
      return { windows: BrowserWindow.getAllWindows().length, visible: window.isVisible() };
    });
    expect(state).toEqual({ windows: 1, visible: false });
  });

  it('remembers that the one-time hint was shown', async () => {
    const page = await app.firstWindow();
    const settings = await page.evaluate(() => (window as unknown as { planner: { invoke(n: string, i: unknown): Promise<{ value: { closeToTrayHintShown: boolean } }> } }).planner.invoke('settings.get', {}));
    expect(settings.value.closeToTrayHintShown).toBe(true);
  });

  it('counts a due commitment in the tray model the tray is built from', async () => {
    const page = await app.firstWindow();
    const model = await page.evaluate(async () => {
      const planner = (window as unknown as { planner: { invoke(n: string, i: unknown): Promise<{ value: unknown }> } }).planner;
      await planner.invoke('settings.update', { reminders: { quietHoursEnabled: false } });
      await planner.invoke('commitments.create', { title: 'Send the deck', dueDate: '2020-01-01' });
      return (await planner.invoke('reminders.trayModel', { timeZone: 'UTC' })).value as { tooltip: string; overdue: boolean };
    });
    expect(model).toMatchObject({ tooltip: 'Mentor Planner — 1 due', overdue: true });
  });
});
