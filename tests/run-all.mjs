// npm test: every layer, in order, with one summary line at the end.
// 1 type-check · 2 build · 3 core · 4 shell (built main + electron double) · 5 web (Chromium) · 6 real Electron
// · 7 electronegativity over electron/ (counted as one test)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function step(title, command, args) {
  console.log(`\n━━ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

if (!step('Type-check (core, shell, renderer, tests)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])) {
  console.log('\ntests: 0 passed, 1 failed (type-check failed)');
  process.exit(1);
}
if (!step('Build (electron-vite)', bin('electron-vite'), ['build'])) {
  console.log('\ntests: 0 passed, 1 failed (build failed)');
  process.exit(1);
}

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mp-vitest-')), 'report.json');
const extra = process.argv.slice(2);
const passedAll = step('Tests: core · shell · web · electron', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...extra,
]);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0);
  skipped = json.numPendingTests + json.numTodoTests;
  if (!passedAll && failed === 0) failed = 1;
} catch {
  failed = Math.max(failed, 1);
}
const scanPassed = step('Security scan (electronegativity, HIGH findings need a reason)', process.execPath, [
  path.join(root, 'scripts', 'security-scan.mjs'),
]);
if (scanPassed) passed += 1;
else failed += 1;
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(passedAll && scanPassed && failed === 0 ? 0 : 1);
