import path from 'node:path';

/** The app's name as people see it; Electron's userData folder is named after it (package.json productName). */
export const PRODUCT_NAME = 'Mentor Planner';

/** Where each OS keeps per-user application data: Electron's `app.getPath('appData')`. */
export function appDataFolder(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return env.APPDATA || path.win32.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || path.posix.join(home, '.config');
}

/**
 * The one data folder both the desktop app and browser mode open: MENTOR_PLANNER_DATA_DIR when set,
 * else the OS's application-data folder + "Mentor Planner" (what Electron's `userData` is).
 */
export function dataFolder(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (env.MENTOR_PLANNER_DATA_DIR) return env.MENTOR_PLANNER_DATA_DIR;
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  return join(appDataFolder(platform, env, home), PRODUCT_NAME);
}
