import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meetingWithEverything } from '../helpers/factories/export';
import { openBrowserApp } from './browser-app';

describe('backup from Settings (browser mode)', () => {
  it('downloads a JSON backup, refuses a damaged file with its reason, and restores the good one', async () => {
    const app = await openBrowserApp({ pageClock: true });
    try {
      await meetingWithEverything(app.core);
      await app.page.goto(`${app.server.url}#/settings`);
      const section = app.page.getByRole('group', { name: 'Export and backup' });
      const downloadPromise = app.page.waitForEvent('download');
      await section.getByRole('button', { name: 'Download a backup (JSON)' }).click();
      const download = await downloadPromise;
      expect(download.suggestedFilename()).toMatch(/^mentor-planner-backup-\d{4}-\d{2}-\d{2}\.json$/);
      const content = fs.readFileSync((await download.path())!, 'utf8');
      expect(JSON.parse(content)).toMatchObject({ format: 'mentor-planner-backup', version: 1 });

      const before = app.core.snapshot();
      const fileInput = section.getByLabel('Restore from a backup file');
      await fileInput.setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(content.slice(0, 200)) });
      await section.getByRole('button', { name: 'Restore', exact: true }).click();
      await expect.poll(() => section.getByRole('alert').first().textContent()).toMatch(/not complete JSON/);
      expect(app.core.snapshot()).toEqual(before);

      await fileInput.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(content) });
      await section.getByRole('button', { name: 'Restore', exact: true }).click();
      await expect.poll(() => section.getByRole('status').first().textContent()).toMatch(/Restored/);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
