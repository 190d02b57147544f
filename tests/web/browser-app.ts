import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { dayIn } from '../../electron/core/zoned-time';
import { OUT_DIR } from '../helpers/paths';
import { createTestCore, type TestCore, type TestCoreOptions } from '../helpers/store';

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
  /** The server's "now" (the clock the app runs on). */
  now(): Date;
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
/** Today in the browser's zone at `now` (the app's clock, `app.now()`), as the app reckons it. */
export const browserToday = (now: Date) => dayIn(now, TEST_ZONE);

/**
 * Where a running clock starts: a moment when the browser's day is not UTC's (the machine's, on CI), so a day
 * decided in the wrong zone fails on every run, not only when CI happens to run at such an hour.
 */
const RUNNING_CLOCK_STARTS: Record<string, string> = {
  'America/Los_Angeles': '2026-11-24T07:10:00.000Z', // 23:10 on Monday in Los Angeles, Tuesday in UTC
  'Asia/Kolkata': '2026-11-23T19:00:00.000Z', // 00:30 on Tuesday in Kolkata, Monday in UTC
};
const runningClockStart = (timeZone: string) => RUNNING_CLOCK_STARTS[timeZone] ?? '2026-11-23T23:10:00.000Z';
/** A calendar day as the app shows it in the test locale: "1 May 2020" (en-GB), "01.05.2020" (de-DE). */
export const shownDay = (day: string) => new Intl.DateTimeFormat(TEST_LOCALE, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));

export interface BrowserAppOptions {
  /** The server's (fixed) clock; with `pageClock`, the page's clock starts there too. */
  clockStart?: string;
  /**
   * The server's and the page's clocks start together (at `clockStart`, else at a late hour in the browser's
   * zone) and run on in real time, so "saved a moment ago" and timers behave as in use, yet no run depends on
   * the hour or date the machine is at. Tests read the same clock through `app.now()`.
   */
  runningClock?: boolean;
  /** The machine's own clock on the server and the page (sync between two apps; no dates shown). */
  useRealClock?: boolean;
  /** The page's clock starts at the server's (`clockStart`, else the test clock's start) and runs on from there (Playwright's clock), so both sides agree on "now" and Chromium's own clock is never read. */
  pageClock?: boolean;
  /** The browser's IANA zone and locale. Default: MENTOR_PLANNER_TEST_TZ / MENTOR_PLANNER_TEST_LOCALE, else UTC and en-GB. */
  timezoneId?: string;
  locale?: string;
  /** The data file the server opens, written first (a heavy user's file: `seedFile`); default a new, empty store. */
  prepareDatabase?: TestCoreOptions['prepareDatabase'];
}

/** The built renderer in browser mode on a temp database, opened in real Chromium in the given zone and locale. */
export async function openBrowserApp(options: BrowserAppOptions = {}): Promise<BrowserApp> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` first (npm test does).');
  }
  const timeZone = options.timezoneId ?? TEST_ZONE;
  const core = await createTestCore({ clockStart: options.clockStart, prepareDatabase: options.prepareDatabase });
  if (options.useRealClock) core.ctx.now = () => new Date();
  if (options.runningClock) {
    const start = new Date(options.clockStart ?? runningClockStart(timeZone)).getTime();
    const startedAt = performance.now();
    core.ctx.now = () => new Date(start + (performance.now() - startedAt));
  }
  const server = await startWebServer({ core, rendererDir: RENDERER_DIR });
  const browser = await launchChromium();
  const context = await browser.newContext({
    timezoneId: timeZone,
    locale: options.locale ?? TEST_LOCALE,
  });
  const page = await context.newPage();
  if (options.runningClock || options.pageClock) {
    await page.clock.install({ time: core.ctx.now() });
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
    now: () => core.ctx.now(),
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
