import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { dayIn } from '../../electron/core/zoned-time';
import { OUT_DIR } from '../helpers/paths';
import { createTestCore, type TestCore } from '../helpers/store';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RENDERER_DIR = path.join(OUT_DIR, 'renderer');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface BrowserApp {
  core: TestCore;
  server: WebServer;
  browser: Browser;
  page: Page;
  /** Script errors and console errors the page produced (tests assert none). */
  pageErrors: string[];
  close(): Promise<void>;
}

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH; .ci/run does this.`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** The zone and locale browser tests run in unless a test names its own (vitest.config.mts runs the suite in Los Angeles/en-US and Kolkata/de-DE). */
export const TEST_ZONE = process.env.MENTOR_PLANNER_TEST_TZ ?? 'UTC';
export const TEST_LOCALE = process.env.MENTOR_PLANNER_TEST_LOCALE ?? 'en-GB';
/** Today in the browser's zone, as the app reckons it. */
export const browserToday = (now = new Date()) => dayIn(now, TEST_ZONE);
/** A calendar day as the app shows it in the test locale: "1 May 2020" (en-GB), "01.05.2020" (de-DE). */
export const shownDay = (day: string) => new Intl.DateTimeFormat(TEST_LOCALE, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));

export interface BrowserAppOptions {
  /** The server's (fixed) clock; with `pageClock`, the page's clock starts there too. */
  clockStart?: string;
  useRealClock?: boolean;
  /** The page's clock starts at `clockStart` and runs on from there (Playwright's clock), so both sides agree on "now". */
  pageClock?: boolean;
  /** The browser's IANA zone and locale. Default: MENTOR_PLANNER_TEST_TZ / MENTOR_PLANNER_TEST_LOCALE, else UTC and en-GB. */
  timezoneId?: string;
  locale?: string;
}

/** The built renderer in browser mode on a temp database, opened in real Chromium in the given zone and locale. */
export async function openBrowserApp(options: BrowserAppOptions = {}): Promise<BrowserApp> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` first (npm test does).');
  }
  const core = await createTestCore({ clockStart: options.clockStart });
  if (options.useRealClock) core.ctx.now = () => new Date();
  const server = await startWebServer({ core, rendererDir: RENDERER_DIR });
  const browser = await launchChromium();
  const context = await browser.newContext({
    timezoneId: options.timezoneId ?? TEST_ZONE,
    locale: options.locale ?? TEST_LOCALE,
  });
  const page = await context.newPage();
  if (options.pageClock && options.clockStart) {
    await page.clock.install({ time: new Date(options.clockStart) });
    await page.clock.resume();
  }
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(server.url);
  return {
    core,
    server,
    browser,
    page,
    pageErrors,
    close: async () => {
      await browser.close();
      await server.close();
      core.dispose();
    },
  };
}
