import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserApp, type BrowserApp } from './browser-app';

// The built renderer in Chromium: once the data file failed SQLite's check, every page says so.
let app: BrowserApp;
beforeAll(async () => {
  app = await openBrowserApp();
});
afterAll(() => app?.close());

describe('the damaged-file banner', () => {
  it('is absent while the file is sound and says what happened and where to restore once it is damaged', async () => {
    await app.page.getByRole('link', { name: 'Mentors' }).first().waitFor();
    expect(await app.page.getByText('Your data file is damaged').count()).toBe(0);
    app.core.ctx.health!.markDamaged(['*** in database main *** Page 42: btreeInitPage() returns error code 11']);
    await app.page.reload();
    const banner = app.page.getByRole('alert').filter({ hasText: 'Your data file is damaged' });
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/keeps it read-only and nothing was saved.*Open Settings → Backups/);
    await banner.getByRole('link', { name: 'Open Settings → Backups' }).click();
    await app.page.waitForURL(/#\/settings$/);
    expect(app.pageErrors).toEqual([]);
  });
});
