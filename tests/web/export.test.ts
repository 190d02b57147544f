import fs from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../electron/core/export/types';
import { meetingWithEverything } from '../helpers/factories/export';
import { XSS_CORPUS } from '../helpers/hostile';
import { createTestCore, ok, type TestCore } from '../helpers/store';
import { launchChromium, openBrowserApp } from './browser-app';

let browser: Browser;
let core: TestCore;
beforeAll(async () => {
  browser = await launchChromium();
  core = await createTestCore();
});
afterAll(async () => {
  await browser?.close();
  core?.dispose();
});

async function htmlExport(selection: object): Promise<string> {
  const [file] = await ok<ExportFile[]>(core, 'export.meetings', { selection, format: 'html' });
  return file.content;
}

describe('HTML and PDF exports in Chromium', () => {
  it('renders an XSS corpus in every user text as inert text: no script runs, no dialog, no navigation', async () => {
    const corpus = XSS_CORPUS.join('\n\n');
    const { meetingId } = await meetingWithEverything(core, { notes: corpus, mentorName: XSS_CORPUS[1], adviceText: corpus });
    await ok(core, 'agenda.add', { meetingId, text: XSS_CORPUS[0] });
    await ok(core, 'meetings.update', { id: meetingId, changes: { location: XSS_CORPUS[8] } });
    const html = await htmlExport({ kind: 'meeting', meetingId });

    const context = await browser.newContext();
    const page = await context.newPage();
    const events: string[] = [];
    page.on('dialog', (d) => (events.push(`dialog:${d.message()}`), void d.dismiss()));
    page.on('framenavigated', (f) => f !== page.mainFrame() && events.push(`frame:${f.url()}`));
    page.on('request', (r) => !r.url().startsWith('about:') && !r.url().startsWith('data:') && events.push(`request:${r.url()}`));
    await page.setContent(html, { waitUntil: 'load' });
    await page.waitForTimeout(300);

    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(events).toEqual([]);
    const dangerous = await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      return {
        scripts: document.scripts.length,
        frames: document.querySelectorAll('iframe, object, embed, form, base, meta[http-equiv="refresh"], link').length,
        handlers: all.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
        jsLinks: [...document.querySelectorAll('a[href], img[src]')].filter((el) => /^\s*(javascript|data|vbscript):/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? '')).length,
      };
    });
    expect(dangerous).toEqual({ scripts: 0, frames: 0, handlers: 0, jsLinks: 0 });
    const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => h !== '' && !/^(https?:|mailto:|#)/.test(h))).toEqual([]);
    expect(page.url()).toBe('about:blank');
    expect(await page.locator('body').textContent()).toContain('<script>window.__pwned=1</script>');
    await context.close();
  });

  it('prints to a non-empty PDF whose text holds the meeting', async () => {
    const fresh = await createTestCore();
    try {
      const { mentorId } = await meetingWithEverything(fresh);
      await ok(fresh, 'meetings.schedule', { mentorId, scheduledAt: '2026-12-20T10:00:00Z' });
      const [file] = await ok<ExportFile[]>(fresh, 'export.meetings', { selection: { kind: 'all' }, format: 'html' });
      const page = await browser.newPage();
      await page.setContent(file.content, { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      await page.close();
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
      let text = '';
      for (let n = 1; n <= doc.numPages; n++) {
        const content = await (await doc.getPage(n)).getTextContent();
        text += content.items.map((i) => ('str' in i ? i.str : '')).join(' ') + '\n';
      }
      expect(doc.numPages).toBeGreaterThanOrEqual(2);
      expect(text).toContain('Contents');
      expect(text).toContain('Write a one-page strategy');
      expect(text).toContain('Hire for');
    } finally {
      fresh.dispose();
    }
  });
});

describe('exporting one meeting from the app (browser mode)', () => {
  it('downloads the meeting notes as Markdown', async () => {
    const app = await openBrowserApp({ pageClock: true });
    try {
      const { meetingId } = await meetingWithEverything(app.core);
      await app.page.goto(`${app.server.url}#/meetings/${meetingId}`);
      await app.page.getByLabel('Export notes format').selectOption('markdown');
      const downloadPromise = app.page.waitForEvent('download');
      await app.page.getByRole('button', { name: 'Export notes (download)' }).click();
      const download = await downloadPromise;
      expect(download.suggestedFilename()).toBe('2026-11-20 Ada Lovelace.md');
      const content = fs.readFileSync((await download.path())!, 'utf8');
      expect(content).toContain('mentor: "Ada Lovelace"');
      expect(content).toContain('- Write a one-page strategy');
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
