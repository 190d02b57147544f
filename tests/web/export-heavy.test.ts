import fs from 'node:fs';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { seedFile } from '../../scripts/seed';
import { openBrowserApp } from './browser-app';

// The server opens a heavy user's file, seeded through the real migrations before it starts (~45 s in all on a
// loaded 2-core machine, most of it the seed); run once, in the first zone (vitest.config.mts): no dates shown.
describe('exporting everything of a heavy user from Settings (browser mode)', () => {
  it('shows meetings written of the total while a worker exports, and stops on Cancel with nothing downloaded or left behind', async () => {
    // Ten years: 5 000 meetings with their agendas, advice and commitments.
    const app = await openBrowserApp({ prepareDatabase: (file) => seedFile(file, 'heavy', 42, new Date('2026-11-23T09:00:00.000Z')) });
    try {
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
  }, 300_000);
});
