import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingWithEverything } from '../helpers/factories/export';
import { openBrowserApp, type BrowserApp } from './browser-app';

let app: BrowserApp;
beforeAll(async () => {
  app = await openBrowserApp({ pageClock: true });
  await meetingWithEverything(app.core);
});
afterAll(async () => app?.close());

describe('search and the command palette (browser mode, Chromium)', () => {
  it('finds a phrase in meeting notes, highlights it, and opens the meeting', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/search`);
    await page.getByLabel('Search', { exact: true }).fill('slope');
    const results = page.getByRole('list', { name: 'Results' });
    await results.locator('mark', { hasText: 'slope' }).first().waitFor();
    await results.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: 'Meeting with Ada Lovelace' }).waitFor();
  });

  it('never errors on FTS syntax typed by the user', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/search`);
    for (const text of ['"', 'NEAR(', '-strategy', '*', 'a AND OR']) {
      await page.getByLabel('Search', { exact: true }).fill(text);
      await page.waitForTimeout(150);
      expect(await page.getByRole('alert').count()).toBe(0);
    }
  });

  it('waits for a pause in typing, shows the first results, and more on request', async () => {
    const { page, core } = app;
    const insert = core.store.sqlite.prepare("INSERT INTO goals (title, status, created_at, updated_at) VALUES (?, 'active', ?, ?)");
    core.store.sqlite.transaction(() => {
      for (let i = 0; i < 60; i++) insert.run(`Roadmap review ${i}`, '2026-11-20T12:00:00.000Z', '2026-11-20T12:00:00.000Z');
    })();
    const searches: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('search.query')) searches.push(request.postData() ?? '');
    });
    await page.goto(`${app.server.url}#/search`);
    // On a loaded machine a pause can fall mid-word ("roadm" is searched too): wait for the whole word's answer.
    const wholeWord = page.waitForResponse((response) => response.url().includes('search.query') && (response.request().postData() ?? '').includes('"roadmap"'));
    await page.getByLabel('Search', { exact: true }).pressSequentially('roadmap', { delay: 20 });
    await wholeWord;
    const results = page.getByRole('list', { name: 'Results' }).getByRole('listitem');
    await expect.poll(() => results.count()).toBe(20);
    // Searches for pauses in typing, not one per keystroke (usually one for the whole word).
    expect(searches.length).toBeLessThan('roadmap'.length);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(() => results.count()).toBe(50);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(() => results.count()).toBe(60);
    expect(await page.getByRole('button', { name: 'Show more results' }).count()).toBe(0);
  });

  it('keeps every letter typed on a slow machine, and the address follows the box', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/search`);
    const box = page.getByLabel('Search', { exact: true });
    await box.waitFor();
    // A CPU six times slower: the router's transition renders lag behind the keystrokes.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    try {
      await box.pressSequentially('keep every letter of this sentence', { delay: 5 });
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
    expect(await box.inputValue()).toBe('keep every letter of this sentence');
    await expect.poll(() => new URL(page.url().replace('#', '')).searchParams.get('q')).toBe('keep every letter of this sentence');
    await page.goBack();
    await page.goForward();
    await expect.poll(() => box.inputValue()).toBe('keep every letter of this sentence');
  });

  it('jumps to a mentor from the command palette with the keyboard', async () => {
    const { page } = app;
    await page.keyboard.press('Control+k');
    await page.getByLabel('Go to or do…').fill('ada');
    await page.getByRole('option', { name: /Ada Lovelace · Mentor/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
    await page.keyboard.press('Control+k');
    await page.getByLabel('Go to or do…').fill('new commit');
    await page.keyboard.press('Enter');
    await page.getByRole('form', { name: 'New commitment' }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});
