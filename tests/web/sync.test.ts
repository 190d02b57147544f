import { describe, expect, it } from 'vitest';
import { ok, tempDir } from '../helpers/store';
import { PASSPHRASE } from '../helpers/sync';
import { openBrowserApp, type BrowserApp } from './browser-app';
import { removeTree } from '../helpers/remove-tree';

async function setUpInSettings(app: BrowserApp, folder: string, deviceName: string, join: boolean) {
  await app.page.goto(`${app.server.url}#/settings`);
  const section = app.page.getByRole('group', { name: 'Sync' });
  await section.getByLabel('Folder', { exact: true }).fill(folder);
  if (join) await section.getByLabel('Another device already syncs here (join it)').check();
  await section.getByLabel('Sync passphrase').fill(PASSPHRASE);
  if (!join) await section.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
  await section.getByLabel('Name of this device').fill(deviceName);
  await section.getByRole('button', { name: join ? 'Join and sync' : 'Set up sync' }).click();
  await expect.poll(() => section.getByTestId('sync-state').textContent(), { timeout: 30_000 }).toBe('On');
  return section;
}

describe('sync from Settings (browser mode, two stores, one folder)', () => {
  it('sets up on one, joins on the other, and a mentor made on the first appears on the second after Sync now', async () => {
    const folder = tempDir('mentor-planner-sync-web-');
    const first = await openBrowserApp({ useRealClock: true });
    const second = await openBrowserApp({ useRealClock: true });
    try {
      await ok(first.core, 'mentors.create', { name: 'Frances Allen' });
      const section1 = await setUpInSettings(first, folder, 'Work laptop', false);
      const section2 = await setUpInSettings(second, folder, 'Home desktop', true);
      await expect.poll(() => section2.getByRole('list', { name: 'Other devices' }).textContent()).toContain('Work laptop');

      await ok(first.core, 'mentors.create', { name: 'Barbara Liskov' });
      const synced = (app: BrowserApp) => app.page.waitForResponse((r) => r.url().includes('/api/call/sync.now'), { timeout: 30_000 });
      await Promise.all([synced(first), section1.getByRole('button', { name: 'Sync now' }).click()]);
      await expect.poll(() => section1.getByTestId('sync-pending').textContent()).toBe('0');
      // The round must have finished before leaving the page (a navigation would cut the request short).
      await Promise.all([synced(second), section2.getByRole('button', { name: 'Sync now' }).click()]);
      await second.page.goto(`${second.server.url}#/mentors`);
      await expect.poll(() => second.page.getByRole('link', { name: 'Barbara Liskov' }).count(), { timeout: 15_000 }).toBe(1);
      expect(await second.page.getByRole('link', { name: 'Frances Allen' }).count()).toBe(1);

      // A wrong passphrase on a third store is refused with a sentence, and nothing is set up.
      const third = await openBrowserApp();
      try {
        await third.page.goto(`${third.server.url}#/settings`);
        const section3 = third.page.getByRole('group', { name: 'Sync' });
        await section3.getByLabel('Folder', { exact: true }).fill(folder);
        await section3.getByLabel('Another device already syncs here (join it)').check();
        await section3.getByLabel('Sync passphrase').fill('not the right one');
        await section3.getByLabel('Name of this device').fill('Stranger');
        await section3.getByRole('button', { name: 'Join and sync' }).click();
        await expect.poll(() => section3.getByText('That passphrase does not open this sync folder').count()).toBe(1);
        expect((await ok<{ state: string }>(third.core, 'sync.status')).state).toBe('off');
      } finally {
        await third.close();
      }
      expect(first.pageErrors).toEqual([]);
      expect(second.pageErrors).toEqual([]);
    } finally {
      await first.close();
      await second.close();
      removeTree(folder);
    }
  });
});
