// Prints what the start-up identity check costs on a given data file (default: the heavy seed), and, for
// comparison, SQLite's quick_check in a worker (the daily check, never on the start-up path).
// Usage: npx tsx scripts/identity-cost.ts [database]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { checkStoreIdentity } from '../electron/core/db/identity';
import { quickCheckInWorker } from '../electron/core/db/integrity';

const file = path.resolve(process.argv[2] ?? '.tmp/seed-heavy-42.db');
if (!fs.existsSync(file)) throw new Error(`${file} does not exist: run \`npm run seed -- --profile heavy\` first.`);

function time(label: string, runs: number, fn: () => unknown) {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  console.log(`${label}: p50 ${samples[Math.floor(runs / 2)].toFixed(3)} ms, p95 ${samples[Math.floor(runs * 0.95)].toFixed(3)} ms (${runs} runs; target ≤ 10 ms)`);
}

async function main() {
  console.log(`${file}: ${(fs.statSync(file).size / 1e6).toFixed(1)} MB`);
  time('checkStoreIdentity (marked file)', 200, () => checkStoreIdentity(file));
  // The same file with a live -wal beside it (another Mentor Planner has it open and is writing).
  const writer = new Database(file);
  writer.pragma('wal_autocheckpoint = 0');
  writer.transaction(() => {
    const touch = writer.prepare("UPDATE mentors SET updated_at = ? WHERE id = ?");
    for (let i = 1; i <= 2000; i++) touch.run(String(i), i);
  })();
  console.log(`  with a ${(fs.statSync(`${file}-wal`).size / 1e6).toFixed(1)} MB -wal beside it:`);
  time('checkStoreIdentity (marked file + -wal)', 50, () => checkStoreIdentity(file));
  writer.close();
  // Once per file written before the mark: recognised from a throw-away copy.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-identity-cost-'));
  const legacy = path.join(scratch, 'legacy.db');
  fs.copyFileSync(file, legacy);
  const unmark = new Database(legacy);
  unmark.pragma('application_id = 0');
  unmark.close();
  time('checkStoreIdentity (unmarked file from an older version, once)', 5, () => checkStoreIdentity(legacy));
  fs.rmSync(scratch, { recursive: true, force: true });
  const start = Date.now();
  const problems = await quickCheckInWorker(file);
  console.log(`quick_check in a worker (daily, off the start-up path): ${Date.now() - start} ms, ${problems.length} problem(s)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
