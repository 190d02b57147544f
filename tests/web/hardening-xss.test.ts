import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillEveryTable, XSS_CORPUS } from '../helpers/hostile';
import { openBrowserApp, type BrowserApp } from './browser-app';

// An XSS corpus stored (raw SQL, bypassing every form) in every free-text column of every table, then
// every page and detail route visited in Chromium: nothing may run, open a dialog, load from elsewhere,
// navigate, or reach the DOM as markup. The CSP would stop most of it anyway, so the DOM itself is checked
// too: a rendering that turned text into markup must fail here even though the CSP saved the day.
const ROWS = XSS_CORPUS.length;
let app: BrowserApp;
const dialogs: string[] = [];
const foreignRequests: string[] = [];
let payloadsSeenAsText = 0;

const columnOffset = (column: string) => [...column].reduce((sum, c) => sum + c.charCodeAt(0), 0);

beforeAll(async () => {
  app = await openBrowserApp();
  const { page, core } = app;
  fillEveryTable(core.store.sqlite, {
    rows: ROWS,
    text: (_table, column, row) => XSS_CORPUS[(row - 1 + columnOffset(column)) % XSS_CORPUS.length],
    nullableTimestampsAsNull: true,
  });
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['http:', 'data:'].includes(url.protocol) || (url.protocol === 'http:' && url.hostname !== '127.0.0.1')) {
      foreignRequests.push(request.url());
    }
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      // zod probes once whether eval is allowed (inside try/catch, from the app's own bundle); the CSP
      // refusing that probe is the CSP working, not content running.
      const ownEvalProbe = e.blockedURI === 'eval' && new URL(e.sourceFile || 'about:blank', location.href).origin === location.origin;
      if (!ownEvalProbe) w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample} (${e.sourceFile})`);
    });
  });
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
});
afterAll(async () => app?.close());

interface DomFindings {
  pwned: unknown;
  cspViolations: string[];
  handlerAttributes: string[];
  activeElements: string[];
  badUrls: string[];
  payloadsAsText: number;
}

async function visit(route: string): Promise<{ url: string; findings: DomFindings }> {
  const { page } = app;
  await page.evaluate((hash) => (window.location.hash = hash), route);
  await page.locator('main h1, h1').first().waitFor({ timeout: 10_000 });
  // Let queries settle and any (unwanted) timers, autofocus or refresh fire.
  await page.waitForTimeout(250);
  const findings = await page.evaluate((corpus) => {
    const w = window as unknown as { __pwned?: unknown; __cspViolations: string[] };
    const all = [...document.querySelectorAll('*')];
    const handlerAttributes = all.flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.tagName.toLowerCase()} ${a.name}="${a.value}">`),
    );
    const activeElements = [
      ...document.querySelectorAll('iframe, frame, object, embed, base, body script:not([src]), head script:not([src]), meta[http-equiv="refresh" i], form[action], link[href^="http"]'),
    ]
      // The app's own code-split chunks arrive as same-origin <link rel="modulepreload">: only a foreign link counts.
      .filter((el) => !(el.tagName === 'LINK' && new URL((el as HTMLLinkElement).href).origin === location.origin))
      .map((el) => el.outerHTML.slice(0, 120));
    const ownScripts = [...document.querySelectorAll('script[src]')].filter((s) => new URL((s as HTMLScriptElement).src).origin !== location.origin);
    activeElements.push(...ownScripts.map((s) => s.outerHTML));
    const badUrls = [...document.querySelectorAll('[href], [src], [action], [formaction], [xlink\\:href], [srcdoc]')].flatMap((el) =>
      ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc']
        .map((name) => el.getAttribute(name))
        .filter((value): value is string => value !== null && /^(javascript|vbscript|data:text\/html)/i.test(value.replace(/[\u0000-\u0020]/g, '')))
        .map((value) => `<${el.tagName.toLowerCase()}> ${value}`),
    );
    const text = document.body.innerText;
    return {
      pwned: w.__pwned,
      cspViolations: w.__cspViolations,
      handlerAttributes,
      activeElements,
      badUrls,
      payloadsAsText: corpus.filter((payload) => text.includes(payload)).length,
    };
  }, XSS_CORPUS as string[]);
  return { url: page.url(), findings };
}

async function expectInert(route: string) {
  const { url, findings } = await visit(route);
  const where = `at #${route}`;
  expect(findings.pwned, where).toBeUndefined();
  expect(findings.cspViolations, where).toEqual([]);
  expect(findings.handlerAttributes, where).toEqual([]);
  expect(findings.activeElements, where).toEqual([]);
  expect(findings.badUrls, where).toEqual([]);
  expect(dialogs, where).toEqual([]);
  expect(foreignRequests, where).toEqual([]);
  // No navigation happened: still the app's own page, on the route we asked for.
  const address = new URL(url);
  expect(`${address.origin}${address.pathname}`, where).toBe(`http://127.0.0.1:${app.server.port}/`);
  expect(address.hash.split('?')[0], where).toBe(`#${route.split('?')[0]}`);
  payloadsSeenAsText += findings.payloadsAsText;
}

const ids = Array.from({ length: ROWS }, (_, i) => i + 1);

describe('hostile content in every free-text field renders inert (Chromium)', () => {
  it('on every top-level page', async () => {
    for (const route of ['/', '/mentors', '/goals', '/meetings', '/follow-ups', '/search', '/settings', '/meetings/backlog', '/meetings/backlog/1', '/follow-ups/advice', '/follow-ups/measures']) await expectInert(route);
  });

  it('on every mentor page', async () => {
    for (const id of ids) await expectInert(`/mentors/${id}`);
  });

  it('on every goal page', async () => {
    for (const id of ids) await expectInert(`/goals/${id}`);
  });

  it('on every meeting page and its prep brief', async () => {
    for (const id of ids) {
      await expectInert(`/meetings/${id}`);
      await expectInert(`/meetings/${id}/prep`);
    }
  });

  it('on follow-ups pointed at each commitment, and when planning with each mentor', async () => {
    for (const id of ids.slice(0, 8)) {
      await expectInert(`/follow-ups?commitment=${id}`);
      await expectInert(`/meetings/new?mentorId=${id}`);
    }
  });

  it('in search, with the payloads as the query', async () => {
    for (const payload of XSS_CORPUS) await expectInert(`/search?q=${encodeURIComponent(payload)}`);
  });

  it('showed the payloads as plain text (so the checks above looked at real content)', () => {
    expect(payloadsSeenAsText).toBeGreaterThan(XSS_CORPUS.length);
  });
});
