// npm start: build, then launch the desktop app. Without an Electron runtime (offline installs), say so
// plainly in one sentence and point at browser mode instead of dumping a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const electronPkg = path.join(root, 'node_modules', 'electron');
// A download that has not finished in this time will not (a proxy swallowing requests looks like this).
const DOWNLOAD_TIMEOUT_MS = Number(process.env.MENTOR_PLANNER_ELECTRON_DOWNLOAD_TIMEOUT_MS) || 120_000;

function electronBinary() {
  const pathFile = path.join(electronPkg, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const executable = path.join(electronPkg, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(executable) ? executable : null;
}

const build = spawnSync(path.join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let binary = electronBinary();
if (!binary) {
  console.log('Fetching the Electron runtime (first launch only)…');
  const download = spawnSync(process.execPath, [path.join(electronPkg, 'install.js')], {
    cwd: root,
    stdio: 'ignore',
    timeout: DOWNLOAD_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  binary = download.status === 0 ? electronBinary() : null;
}
if (!binary) {
  console.error(
    'The Electron runtime could not be downloaded (this machine seems to be offline), so the desktop app cannot start here; run `npm run start:web` to use Mentor Planner in your browser instead.',
  );
  process.exit(1);
}
const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
