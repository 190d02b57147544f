import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFolder, PRODUCT_NAME } from '../../electron/core/system/data-folder';
import { REPO_ROOT } from '../helpers/paths';

const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; productName?: string };

/**
 * Electron 45's documented rule: userData = appData + app name, where the app name is package.json's
 * productName (else name), and appData is %APPDATA% (Windows), ~/Library/Application Support (macOS),
 * $XDG_CONFIG_HOME or ~/.config (Linux).
 */
function electronUserData(platform: string, env: Record<string, string>, home: string): string {
  const name = pkg.productName ?? pkg.name;
  if (platform === 'win32') return path.win32.join(env.APPDATA, name);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', name);
  return path.posix.join(env.XDG_CONFIG_HOME ?? path.posix.join(home, '.config'), name);
}

describe('one data folder for the desktop app and browser mode', () => {
  const cases: { platform: NodeJS.Platform; env: Record<string, string>; home: string; expected: string }[] = [
    { platform: 'linux', env: {}, home: '/home/ada', expected: '/home/ada/.config/Mentor Planner' },
    { platform: 'linux', env: { XDG_CONFIG_HOME: '/home/ada/.xdg' }, home: '/home/ada', expected: '/home/ada/.xdg/Mentor Planner' },
    { platform: 'darwin', env: {}, home: '/Users/ada', expected: '/Users/ada/Library/Application Support/Mentor Planner' },
    {
      platform: 'win32',
      env: { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' },
      home: 'C:\\Users\\ada',
      expected: 'C:\\Users\\ada\\AppData\\Roaming\\Mentor Planner',
    },
  ];

  it('names the app "Mentor Planner" in package.json, so Electron names its folder that way', () => {
    expect(pkg.productName).toBe(PRODUCT_NAME);
  });

  for (const { platform, env, home, expected } of cases) {
    it(`resolves to the same folder on ${platform}${Object.keys(env).length && platform === 'linux' ? ' with XDG_CONFIG_HOME' : ''}`, () => {
      expect(dataFolder(platform, env, home)).toBe(expected);
      expect(electronUserData(platform, env, home)).toBe(expected);
    });
  }

  it('moves to MENTOR_PLANNER_DATA_DIR when it is set', () => {
    expect(dataFolder('linux', { MENTOR_PLANNER_DATA_DIR: '/data/mp' }, '/home/ada')).toBe('/data/mp');
  });
});
