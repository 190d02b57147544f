import fs from 'node:fs';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { seedDatabase } from '../../scripts/lib/seed-data';
import { openBrowserApp } from './browser-app';

// Seeds the heavy profile into the running app's store (most of its ~260 s on an idle 2-core machine; seeding a
// file before the app opens would be faster — not done yet): run once, in the first zone (vitest.config.mts).
describe('exporting everything of a heavy user from Settings (browser mode)', () => {
  it('shows meetings written of the total while a worker exports, and stops on Cancel with nothing downloaded or left behind', async () => {
    const app = await openBrowserApp();
    try {
      // Ten years: 5 000 meetings with their agendas, advice and commitments.
      seedDatabase(app.core.store.sqlite, { profile: 'heavy', seed: 42, now: new Date('2026-11-23T09:00:00.000Z') });
      await app.page.goto(`${app.server.url}#/settings`);
      const section = app.page.getByRole('group', { name: 'Export meeting notes' });
      await section.getByLabel('Meetings to export').selectOption('all');
      // One file per meeting: the slowest format (5 000 files), so Cancel comes well before the end.
      await section.getByLabel('Export meetings format').selectOption('markdown-files');
      let downloads = 0;
      app.page.on('download', () => downloads++);
      const exportButton = section.getByRole('button', { name: 'Export meetings (download)' });
      const exportFolders = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('mentor-planner-export-'));
      const before = new Set(exportFolders());

      await exportButton.click();
      const status = section.getByRole('status');
      await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/^[1-9][\d,]* of 5,000 meetings written$/);
      const bar = section.getByRole('progressbar', { name: 'Export progress' });
      expect(await bar.getAttribute('max')).toBe('5000');
      expect(Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
      await section.getByRole('button', { name: 'Cancel export' }).click();
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('Export cancelled. Nothing was saved.');
      expect(await bar.count()).toBe(0);
      await app.page.waitForTimeout(300);
      expect(downloads).toBe(0);
      // The worker's temporary folder (named after this export's id) is gone.
      await expect.poll(() => exportFolders().filter((f) => !before.has(f)), { timeout: 10_000 }).toEqual([]);

      expect(app.pageErrors, app.pageErrors.join('\n')).toEqual([]);
    } finally {
      await app.close();
    }
  }, 600_000);
});
