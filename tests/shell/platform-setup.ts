import Database from 'better-sqlite3';

// The shell project runs once per platform (vitest.config.mts sets MP_SHELL_PLATFORM): the built main
// bundle and the electron double read process.platform, so it is set here, after the native SQLite addon
// has loaded for the real machine (its loader picks the prebuild by platform).
const wanted = process.env.MP_SHELL_PLATFORM as NodeJS.Platform | undefined;
if (wanted && wanted !== process.platform) {
  new Database(':memory:').close();
  Object.defineProperty(process, 'platform', { value: wanted, configurable: true });
}
