import fs from 'node:fs';
import path from 'node:path';

/**
 * The Electron executable if one is installed, without triggering electron's lazy download
 * (requiring the `electron` package from Node would try to fetch it).
 */
export function findElectronBinary(): string | null {
  if (process.env.ELECTRON_BINARY && fs.existsSync(process.env.ELECTRON_BINARY)) return process.env.ELECTRON_BINARY;
  const pkg = path.resolve(__dirname, '../../node_modules/electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const executable = path.join(pkg, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(executable) ? executable : null;
}
