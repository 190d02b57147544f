import type { ElectronApplication } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findElectronBinary, launchRealApp } from '../helpers/electron-binary';

// The real desktop app. Runs wherever an Electron binary exists; elsewhere it is skipped, and says why.
const binary = findElectronBinary();
if (!binary) {
  console.log('SKIPPED real-Electron specs: no Electron binary is installed here (node_modules/electron/dist is empty and cannot be downloaded offline).');
}

describe.skipIf(!binary)('the desktop app (real Electron)', () => {
  let app: ElectronApplication;
  let launched: Awaited<ReturnType<typeof launchRealApp>>;

  beforeAll(async () => {
    launched = await launchRealApp(binary!, 'e2e.db');
    app = launched.app;
  });

  afterAll(async () => {
    await launched?.close();
  });

  it('opens the Today page with the secure bridge and no Node in the page', async () => {
    const page = await app.firstWindow();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
    expect(await page.evaluate(() => Object.isFrozen((window as unknown as { planner: object }).planner))).toBe(true);
  });

  it('round-trips through IPC', async () => {
    const page = await app.firstWindow();
    const info = await page.evaluate(() => (window as unknown as { planner: { invoke(n: string, i: unknown): Promise<unknown> } }).planner.invoke('app.info', {}));
    expect(info).toMatchObject({ ok: true, value: { databasePath: launched.databasePath } });
  });

  it('loads its page from app://, and sends a mailto: link to the mail client (stubbed)', async () => {
    const page = await app.firstWindow();
    expect(page.url()).toMatch(/^app:\/\/mentor-planner\/index\.html/);
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = 'mailto:ada@example.com';
      link.target = '_blank';
      document.body.append(link);
      link.click();
      link.remove();
    });
    await page.waitForTimeout(300);
    expect(await app.evaluate(() => (globalThis as unknown as { openedExternally: string[] }).openedExternally)).toContain('mailto:ada@example.com');
  });

  it('stays on its own page when the page tries to navigate away', async () => {
    const page = await app.firstWindow();
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
  });
});
