import type { ElectronApplication } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findElectronBinary, launchRealApp } from '../helpers/electron-binary';

// The real tray. Runs wherever an Electron binary exists; elsewhere it is skipped, and says why.
const binary = findElectronBinary();
if (!binary) console.log('SKIPPED real-Electron tray specs: no Electron binary is installed here.');

describe.skipIf(!binary)('the tray (real Electron)', () => {
  let app: ElectronApplication;
  let launched: Awaited<ReturnType<typeof launchRealApp>>;

  beforeAll(async () => {
    launched = await launchRealApp(binary!, 'tray.db');
    app = launched.app;
    await app.firstWindow();
  });

  afterAll(async () => {
    await launched?.close();
  });

  it('loads its tray icon files into a real Tray (template images with @2x on macOS, .ico on Windows)', async () => {
    const result = await app.evaluate(({ app: electronApp, nativeImage, Tray }) => {
      const name = process.platform === 'darwin' ? 'trayTemplate.png' : process.platform === 'win32' ? 'tray.ico' : 'tray.png';
      const image = nativeImage.createFromPath(`${electronApp.getAppPath()}/electron/assets/tray/${name}`);
      const tray = new Tray(image);
      tray.setToolTip('Mentor Planner spec');
      const seen = { empty: image.isEmpty(), template: image.isTemplateImage(), scales: image.getScaleFactors() };
      tray.destroy();
      return seen;
    });
    expect(result.empty).toBe(false);
    if (process.platform === 'darwin') {
      expect(result.template).toBe(true);
      expect(result.scales).toContain(2);
    }
  });

  it.runIf(process.platform !== 'linux')('keeps running in the tray when the window is closed', async () => {
    const state = await app.evaluate(async ({ BrowserWindow }) => {
      const window = BrowserWindow.getAllWindows()[0];
      window.close();
      await new Promise((r) => setTimeout(r, 300));
      return { windows: BrowserWindow.getAllWindows().length, visible: window.isVisible() };
    });
    expect(state).toEqual({ windows: 1, visible: false });
  });

  it.runIf(process.platform === 'linux')('lets the window close where no StatusNotifier host shows a tray (Xvfb has none)', async () => {
    const prevented = await app.evaluate(({ BrowserWindow }) => {
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      BrowserWindow.getAllWindows()[0].emit('close', event);
      return event.defaultPrevented;
    });
    expect(prevented).toBe(false);
  });

  it.runIf(process.platform !== 'linux')('remembers that the one-time hint was shown', async () => {
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
