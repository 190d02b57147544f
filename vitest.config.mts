import { defineConfig } from 'vitest/config';

/**
 * Browser tests that run in the first zone only: they pin their own zone and locale (the variables do not
 * reach them), or they never show a date — raw HTTP, script injection, sizes, concurrency, sync, start-up
 * and damage pages, and the benchmark (figures only) — and are among the slowest.
 */
const WEB_ONCE = [
  'zones-locales', // Los Angeles en-US at 23:30 and Kolkata de-DE at 00:30, pinned
  'calendars', // Berlin de-DE, pinned
  'hardening-server',
  'static-files',
  'hardening-xss',
  'hardening-export',
  'hardening-limits',
  'backup-upload',
  'export-heavy', // seeds the heavy profile; progress and Cancel show counts, no dates
  'damage-two-processes',
  'two-processes',
  'sync',
  'startup-failure',
  'damaged-banner',
  'bench',
];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'core', include: ['tests/core/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      // The shell through the electron double, once per platform it ships on.
      ...(['linux', 'darwin', 'win32'] as const).map((platform) => ({
        test: {
          name: platform === 'linux' ? 'shell' : `shell-${platform}`,
          include: ['tests/shell/**/*.test.ts'],
          environment: 'node' as const,
          testTimeout: 30_000,
          env: { MP_SHELL_PLATFORM: platform },
          setupFiles: ['tests/shell/platform-setup.ts'],
        },
      })),
      // The whole browser suite, twice, where the user's day is not UTC's: Los Angeles (UTC−8, with DST) in
      // US English (12-hour clock, weeks from Sunday) and Kolkata (UTC+5:30) in German (day.month, 24-hour,
      // weeks from Monday). The server stays in the machine's zone (UTC on CI), so any day the app decides
      // without the browser's zone shows as a failure.
      ...[
        { name: 'web', zone: 'America/Los_Angeles', locale: 'en-US', exclude: [] },
        { name: 'web-kolkata-de', zone: 'Asia/Kolkata', locale: 'de-DE', exclude: WEB_ONCE.map((file) => `tests/web/${file}.test.ts`) },
      ].map(({ name, zone, locale, exclude }) => ({
        test: {
          name,
          include: ['tests/web/**/*.test.ts'],
          exclude,
          environment: 'node' as const,
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // A page under load can take seconds to answer; expect.poll's 1 s default made slow runs flaky.
          expect: { poll: { timeout: 10_000 } },
          // Each file drives its own Chromium; two at once is what 2 cores carry comfortably.
          maxWorkers: 2,
          env: { MENTOR_PLANNER_TEST_TZ: zone, MENTOR_PLANNER_TEST_LOCALE: locale },
        },
      })),
      // What `npm run dist` would ship, packed with @electron/asar and started as an installed app.
      { test: { name: 'packaging', include: ['tests/packaging/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 120_000 } },
      {
        // The README's commands run as written, in a copy of the project (each builds it once).
        test: { name: 'entry', include: ['tests/entry/**/*.test.ts'], environment: 'node', testTimeout: 240_000, hookTimeout: 60_000 },
      },
      {
        // Real Electron apps, one at a time (each has its own user-data folder and, on Linux, its own Xvfb).
        test: { name: 'electron', include: ['tests/electron/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false },
      },
    ],
  },
});
