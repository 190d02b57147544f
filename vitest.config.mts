import { defineConfig } from 'vitest/config';

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
      {
        test: {
          name: 'web',
          include: ['tests/web/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // Each file drives its own Chromium; two at once is what 2 cores carry comfortably.
          maxWorkers: 2,
        },
      },
      // Key journeys again where the user's day is not UTC's, in US English and in German.
      ...[
        { name: 'web-los-angeles', zone: 'America/Los_Angeles', locale: 'en-US', files: ['followups', 'meetings'] },
        { name: 'web-kolkata-de', zone: 'Asia/Kolkata', locale: 'de-DE', files: ['mentors-goals', 'reminders'] },
      ].map(({ name, zone, locale, files }) => ({
        test: {
          name,
          include: files.map((file) => `tests/web/${file}.test.ts`),
          environment: 'node' as const,
          testTimeout: 90_000,
          hookTimeout: 90_000,
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
