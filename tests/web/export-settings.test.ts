import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meetingWithEverything } from '../helpers/factories/export';
import { openBrowserApp } from './browser-app';

describe('exporting meetings from Settings (browser mode)', () => {
  it('downloads the meetings in a date range as one Markdown file, and explains a reversed range instead of exporting', async () => {
    const app = await openBrowserApp({ pageClock: true });
    try {
      await meetingWithEverything(app.core);
      await app.page.goto(`${app.server.url}#/settings`);
      const section = app.page.getByRole('group', { name: 'Export meeting notes' });
      await section.getByLabel('Meetings to export').selectOption('range');
      await section.getByLabel('From', { exact: true }).fill('2026-11-30');
      await section.getByLabel('To', { exact: true }).fill('2026-11-01');
      await expect.poll(() => section.getByText('The start date is after the end date').count()).toBe(1);
      expect(await section.getByRole('button', { name: /Export meetings/ }).count()).toBe(0);

      await section.getByLabel('From', { exact: true }).fill('2026-11-01');
      await section.getByLabel('To', { exact: true }).fill('2026-11-30');
      await section.getByLabel('Export meetings format').selectOption('markdown');
      const downloadPromise = app.page.waitForEvent('download');
      await section.getByRole('button', { name: 'Export meetings (download)' }).click();
      const content = fs.readFileSync((await (await downloadPromise).path())!, 'utf8');
      expect(content).toContain('Ada Lovelace');
      expect(content).toContain('- Write a one-page strategy');
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('downloads nothing for a range with no meetings and says so', async () => {
    const app = await openBrowserApp({ pageClock: true });
    try {
      await meetingWithEverything(app.core);
      await app.page.goto(`${app.server.url}#/settings`);
      const section = app.page.getByRole('group', { name: 'Export meeting notes' });
      await section.getByLabel('Meetings to export').selectOption('range');
      await section.getByLabel('From', { exact: true }).fill('2020-01-01');
      await section.getByLabel('To', { exact: true }).fill('2020-01-31');
      let downloads = 0;
      app.page.on('download', () => downloads++);
      await section.getByRole('button', { name: 'Export meetings (download)' }).click();
      await expect.poll(() => section.getByRole('alert').textContent(), { timeout: 5000 }).toMatch(/no meetings/i);
      expect(downloads).toBe(0);
    } finally {
      await app.close();
    }
  });
});
