import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserApp, type BrowserApp } from './browser-app';

let app: BrowserApp;
beforeAll(async () => {
  app = await openBrowserApp({ pageClock: true });
});
afterAll(async () => app?.close());

describe('the app in browser mode (built renderer, real Chromium)', () => {
  it('loads on the Today page with its navigation', async () => {
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const label of ['Today', 'Mentors', 'Goals', 'Meetings', 'Follow-ups', 'Search', 'Settings']) {
      await expect(nav.getByRole('link', { name: label }).isVisible()).resolves.toBe(true);
    }
  });

  it('navigates by link and by keyboard shortcut', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Goals' }).click();
    await page.getByRole('heading', { level: 1, name: 'Goals' }).waitFor();
    await page.keyboard.press('Control+2');
    await page.getByRole('heading', { level: 1, name: 'Mentors' }).waitFor();
    expect(page.url()).toContain('#/mentors');
  });

  it('round-trips through the contract: settings show the store and a change survives a reload', async () => {
    const { page, core } = app;
    await page.keyboard.press('Control+7');
    await expect(page.getByTestId('database-path').textContent()).resolves.toBe(core.store.path);
    const cadence = page.getByLabel('Default keep-in-touch cadence (days)');
    await cadence.fill('45');
    await cadence.blur();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.reload();
    await expect(page.getByLabel('Default keep-in-touch cadence (days)').inputValue()).resolves.toBe('45');
    const stored = core.store.sqlite.prepare("SELECT value_json FROM settings WHERE key = 'app'").get() as { value_json: string };
    expect(JSON.parse(stored.value_json).defaultCadenceDays).toBe(45);
  });

  it('produced no script errors (the CSP allowed everything the app needs)', () => {
    expect(app.pageErrors).toEqual([]);
  });
  it('refuses API calls without the token (401) and with a foreign Host (403)', async () => {
    const base = `http://127.0.0.1:${app.server.port}`;
    const noToken = await fetch(`${base}/api/call/app.info`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(noToken.status).toBe(401);
    const wrongToken = await fetch(`${base}/api/call/app.info`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer nope' },
      body: '{}',
    });
    expect(wrongToken.status).toBe(401);
    const response = await app.page.evaluate(async () => (await fetch('/api/call/app.info', { method: 'POST', body: '{}' })).status);
    expect(response).toBe(401);
  });

});
