import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCopiesIn } from '../../electron/core/backup/daily-copies';
import { quickCheckInWorker } from '../../electron/core/db/integrity';
import { openStore } from '../../electron/core/db/migrate';
import { MIGRATIONS, tempDir } from '../helpers/store';
import { bundleChild } from '../helpers/child-bundle';
import { removeTree } from '../helpers/remove-tree';

// A child takes daily copies one after another; SIGKILL lands mid-copy (during the online backup or the
// check). Whatever is listed as a restore point afterwards must be a whole, sound copy.
const ROUNDS = 4;
const MENTORS = 6_000;
const REPO = path.resolve(__dirname, '../..');
let dir: string;
let child: string;
let dbPath: string;

beforeAll(async () => {
  dir = tempDir('mp-copy-crash-');
  child = await bundleChild('daily-copy-child', dir);
  dbPath = path.join(dir, 'mentor-planner.db');
  const store = await openStore({ path: dbPath, migrationsFolder: MIGRATIONS });
  const insert = store.sqlite.prepare("INSERT INTO mentors (name, notes, created_at, updated_at) VALUES (?, ?, 'x', 'x')");
  store.sqlite.transaction(() => {
    for (let i = 0; i < MENTORS; i++) insert.run(`Mentor ${i}`, `Notes about mentor ${i}. `.repeat(40));
  })();
  store.close();
});
afterAll(() => removeTree(dir));

function copyAndKill(firstDay: number, killAfterMs: number): Promise<{ copied: number; stderr: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [child, dbPath, MIGRATIONS, String(firstDay)], {
      env: { ...process.env, NODE_PATH: path.join(REPO, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      const wasReady = stdout.includes('ready\n');
      stdout += chunk.toString('utf8');
      if (!wasReady && stdout.includes('ready\n')) setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    proc.on('exit', () => resolve({ copied: stdout.split('\n').filter((l) => l.startsWith('copied ')).length, stderr }));
  });
}

describe('the daily copy under SIGKILL', () => {
  it(`never lists a partial copy as a restore point (${ROUNDS} kills mid-copy)`, async () => {
    let day = 1;
    let totalCopied = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const { copied, stderr } = await copyAndKill(day, 100 + Math.floor(Math.random() * 1400));
      expect(stderr).toBe('');
      totalCopied += copied;
      day += copied + 1;
      const folder = path.join(dir, 'backups');
      for (const copy of listCopiesIn(folder)) {
        const file = path.join(folder, copy.fileName);
        expect(await quickCheckInWorker(file), copy.fileName).toEqual([]);
        const sqlite = new Database(file, { readonly: true });
        expect(sqlite.prepare('SELECT count(*) FROM mentors').pluck().get(), copy.fileName).toBe(MENTORS);
        sqlite.close();
      }
    }
    const partials = fs.readdirSync(path.join(dir, 'backups')).filter((f) => f.endsWith('.part'));
    console.log(`[daily copy crash] ${ROUNDS} kills, ${totalCopied} copies completed, ${partials.length} partial file(s) left unlisted`);
    expect(partials.length).toBeGreaterThan(0);
  });
});
