import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/migrate';
import { bundleChild } from '../helpers/child-bundle';
import { MIGRATIONS, tempDir } from '../helpers/store';
import { removeTree } from '../helpers/remove-tree';

// The desktop app's background work (the reminder scheduler's claims, calendar refreshes) runs outside
// dispatch while browser mode on the same data folder takes requests. Each background write reads first and
// then writes, the pattern a deferred transaction loses to the other process (SQLITE_BUSY_SNAPSHOT).
const REPO = path.resolve(__dirname, '../..');
const RUN_MS = 2500;
let dir: string;
let child: string;
let dbPath: string;

beforeAll(async () => {
  dir = tempDir('mp-two-background-');
  child = await bundleChild('background-writer', dir);
  dbPath = path.join(dir, 'mentor-planner.db');
  (await openStore({ path: dbPath, migrationsFolder: MIGRATIONS })).close();
});
afterAll(() => removeTree(dir));

function run(mode: 'background' | 'dispatch', startAt: number, syncFolder = ''): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dbPath, MIGRATIONS, mode, String(startAt), String(RUN_MS), ...(syncFolder ? [syncFolder] : [])], {
      env: { ...process.env, NODE_PATH: path.join(REPO, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => proc.kill('SIGKILL'), RUN_MS + 20_000);
    proc.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    proc.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout.split('\n').filter(Boolean));
      else reject(new Error(`${mode} writer exited with ${code}: ${stderr}`));
    });
  });
}

describe('background writes beside another process', () => {
  it('keeps every reminder claim, calendar refresh and sync round of one process while another writes through dispatch, none lost to a busy snapshot', async () => {
    const startAt = Date.now() + 1500;
    const syncFolder = path.join(dir, 'sync-folder');
    fs.mkdirSync(syncFolder);
    const [background, requests] = await Promise.all([run('background', startAt, syncFolder), run('dispatch', startAt)]);
    const failures = [...background, ...requests].filter((line) => line.startsWith('fail '));
    const acks = (lines: string[], what: string) => lines.filter((l) => l.startsWith(`ack ${what} `)).map((l) => l.slice(`ack ${what} `.length));
    const reminders = acks(background, 'reminder');
    const events = acks(background, 'event');
    const mentors = acks(requests, 'mentor');
    const rounds = acks(background, 'sync');
    console.log(`[two processes, background] ${reminders.length} reminder claims, ${events.length} calendar refreshes, ${rounds.length} sync rounds, ${mentors.length} requests; ${failures.length} failed`);
    expect(failures).toEqual([]);
    expect(Math.min(reminders.length, events.length, mentors.length, rounds.length)).toBeGreaterThan(0);

    const sqlite = new Database(dbPath, { readonly: true });
    const stored = (sql: string) => new Set(sqlite.prepare(sql).pluck().all() as string[]);
    const storedReminders = stored('SELECT reminder_key FROM reminder_log');
    const storedEvents = stored('SELECT uid FROM calendar_series');
    const storedMentors = stored('SELECT name FROM mentors');
    // Every request's mentor was captured for sync (written out by a round, or still waiting in the outbox).
    const captured = sqlite.prepare("SELECT count(*) FROM (SELECT row_key FROM sync_rows WHERE table_name = 'mentors' UNION SELECT row_key FROM sync_outbox WHERE table_name = 'mentors')").pluck().get();
    sqlite.close();
    expect(captured).toBe(mentors.length);
    expect(reminders.filter((key) => !storedReminders.has(key))).toEqual([]);
    expect(events.filter((uid) => !storedEvents.has(uid))).toEqual([]);
    expect(mentors.filter((name) => !storedMentors.has(name))).toEqual([]);
  });
});
