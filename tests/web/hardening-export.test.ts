import { micromark } from 'micromark';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, isOperationName } from '../../electron/core/contract';
import { fillEveryTable, XSS_CORPUS } from '../helpers/hostile';
import { createTestCore, type TestCore } from '../helpers/store';
import { launchChromium } from './browser-app';

// Exports leave the app's CSP behind: the HTML opens in any browser with scripts on, the Markdown goes
// into whatever viewer the user has. With the XSS corpus in every free-text field, each exported file
// is loaded in Chromium (scripts enabled, no CSP) and must stay inert. Generic over the formats the
// contract accepts, so new formats are covered when they land.
const exportsExist = isOperationName('export.meetings');
let core: TestCore;
let browser: Browser;

beforeAll(async () => {
  if (!exportsExist) return;
  core = await createTestCore();
  fillEveryTable(core.store.sqlite, {
    rows: XSS_CORPUS.length,
    text: (_table, column, row) => XSS_CORPUS[(row - 1 + column.length) % XSS_CORPUS.length],
    nullableTimestampsAsNull: true,
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  core?.dispose();
});

interface ExportedFile {
  name: string;
  content: string;
}

function formats(): string[] {
  const spec = contract[('export.meetings' as keyof typeof contract)] as { input: { shape?: Record<string, unknown> } };
  const format = spec.input.shape?.format as { options?: string[] } | undefined;
  return format?.options ?? [];
}

/** Loads a document with scripts enabled and no CSP; reports anything that ran, fetched or navigated. */
async function renderInert(html: string, label: string) {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  await page.setContent(html, { waitUntil: 'load' });
  await page.waitForTimeout(100);
  const findings = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    scripts: document.querySelectorAll('script').length,
    handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
    active: [...document.querySelectorAll('iframe, frame, object, embed, base, form, meta[http-equiv="refresh" i]')].map((el) => el.tagName),
    badUrls: [...document.querySelectorAll('[href], [src]')]
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
      .filter((u) => /^(javascript|vbscript|data:text\/html)/i.test(u.replace(/[\u0000-\u0020]/g, ''))),
    url: location.href,
  }));
  await context.close();
  expect(findings.pwned, label).toBeUndefined();
  expect(findings.scripts, label).toBe(0);
  expect(findings.handlers, label).toEqual([]);
  expect(findings.active, label).toEqual([]);
  expect(findings.badUrls, label).toEqual([]);
  expect(findings.url, label).toBe('about:blank');
  expect(dialogs, label).toEqual([]);
  expect(requests, label).toEqual([]);
}

describe.skipIf(!exportsExist)('hostile content in exports', () => {
  it('exports every format with the corpus inside and nothing active (HTML and Markdown rendered in Chromium)', async () => {
    expect(formats().length).toBeGreaterThan(0);
    let rendered = 0;
    for (const format of formats()) {
      const result = await core.call('export.meetings', { selection: { kind: 'all' }, format });
      expect(result.ok ? 'ok' : result.error, format).toBe('ok');
      if (!result.ok) continue;
      const files = result.value as ExportedFile[];
      expect(files.length, format).toBeGreaterThan(0);
      for (const file of files) {
        if (/\.html?$/i.test(file.name)) {
          await renderInert(file.content, `${format}: ${file.name}`);
          rendered++;
        } else if (/\.(md|markdown)$/i.test(file.name)) {
          // Notes are the user's own Markdown and stay Markdown, so a viewer that runs raw HTML would run
          // theirs too; what the export owes is that a CommonMark viewer with its default safety shows it inert.
          const asHtml = micromark(file.content);
          await renderInert(asHtml, `${format}: ${file.name} (viewed as HTML)`);
          rendered++;
        } else if (/\.ics$/i.test(file.name)) {
          // Text in a calendar file cannot start new properties: every line is a property or a folded continuation.
          for (const line of file.content.split('\r\n').filter(Boolean)) expect(line, `${file.name}: ${line}`).toMatch(/^([A-Z-]+[;:]|[ \t])/);
        }
      }
    }
    expect(rendered).toBeGreaterThan(0);
  }, 120_000);

  it('keeps the hostile text readable in the HTML export (escaped, not dropped)', async () => {
    const result = await core.call('export.meetings', { selection: { kind: 'all' }, format: 'html' });
    if (!result.ok) throw new Error(result.error.message);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setContent((result.value as ExportedFile[])[0].content);
    const text = await page.evaluate(() => document.body.innerText);
    await context.close();
    const shown = XSS_CORPUS.filter((payload) => text.includes(payload));
    expect(shown.length).toBeGreaterThan(XSS_CORPUS.length / 2);
  });
});
