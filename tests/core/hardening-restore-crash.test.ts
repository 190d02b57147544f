import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copiesFolder, listCopies } from '../../electron/core/backup/daily-copies';
import { openStore } from '../../electron/core/db/migrate';
import { dispatch } from '../../electron/core/handlers';
import type { Context } from '../../electron/core/operation';
import { MIGRATIONS, tempDir } from '../helpers/store';
import { bundleChild } from '../helpers/child-bundle';
import { removeTree } from '../helpers/remove-tree';

// A child restores a backup (or a listed copy) and is killed with SIGKILL at random moments: before,
// during and after the safety copy and the restore's transaction. Afterwards the store must hold either
// all of the old data or all of the restored data, and every listed copy must be whole.
const ROUNDS = 5;
const REPO = path.resolve(__dirname, '../..');
let dir: string;
let child: string;
let dbPath: string;
let backupFile: string;

const names = (file: string) => {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    return (sqlite.prepare('SELECT name FROM mentors').all() as { name: string }[]).map((m) => m.name);
  } finally {
    sqlite.close();
  }
};
const generation = (mentorNames: string[]) => new Set(mentorNames.map((n) => n.split(' ')[0]));

async function fill(file: string, prefix: string) {
  const store = await openStore({ path: file, migrationsFolder: MIGRATIONS });
  const ctx: Context = { store, db: store.db, now: () => new Date('2026-11-20T12:00:00Z'), appVersion: 'test', platform: {} };
  const at = '2026-11-20T12:00:00.000Z';
  store.sqlite.transaction(() => {
    const mentor = store.sqlite.prepare('INSERT INTO mentors (name, notes, created_at, updated_at) VALUES (?, ?, ?, ?)');
    const item = store.sqlite.prepare('INSERT INTO agenda_items (mentor_id, text, created_at, updated_at) VALUES (?, ?, ?, ?)');
    // Long meeting notes make a store of ~3 MB, so copying it aside takes long enough to be interrupted.
    const meeting = store.sqlite.prepare('INSERT INTO meetings (mentor_id, scheduled_at, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    for (let m = 1; m <= 200; m++) {
      const id = mentor.run(`${prefix} mentor ${m}`, 'n'.repeat(2_000), at, at).lastInsertRowid;
      for (let i = 0; i < 20; i++) item.run(id, `${prefix} point ${m}.${i} ${'t'.repeat(200)}`, at, at);
      meeting.run(id, at, `${prefix} notes ${'x'.repeat(12_000)}`, at, at);
    }
  })();
  const result = await dispatch(ctx, 'backup.export', undefined);
  store.close();
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { content: string }).content;
}

beforeAll(async () => {
  dir = tempDir('mp-restore-crash-');
  child = await bundleChild('restore-child', dir);
  backupFile = path.join(dir, 'new.json');
  fs.writeFileSync(backupFile, await fill(path.join(dir, 'source.db'), 'new'));
  dbPath = path.join(dir, 'mentor-planner.db');
  await fill(dbPath, 'old');
}, 60_000);
afterAll(() => removeTree(dir));

/** The child's output, and how long it ran after saying "ready" (the restore itself, start-up left out). */
function runAndKill(args: string[], killAfterReadyMs: number): Promise<{ out: string; afterReadyMs: number }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [child, dbPath, MIGRATIONS, ...args], {
      env: { ...process.env, NODE_PATH: path.join(REPO, 'node_modules') },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    let readyAt = 0;
    proc.stdout.on('data', (chunk: Buffer) => {
      const wasReady = stdout.includes('ready\n');
      stdout += chunk.toString('utf8');
      if (!wasReady && stdout.includes('ready\n')) {
        readyAt = performance.now();
        setTimeout(() => proc.kill('SIGKILL'), killAfterReadyMs);
      }
    });
    proc.on('exit', () => resolve({ out: stdout, afterReadyMs: performance.now() - readyAt }));
  });
}

const listed = () => listCopies({ path: dbPath } as never).map((c) => c.fileName);

function expectWholeStoreAndCopies(when: string) {
  expect(generation(names(dbPath)).size, `${when}: a mix of old and restored rows`).toBe(1);
  for (const fileName of listed()) {
    const sqlite = new Database(path.join(copiesFolder({ path: dbPath } as never), fileName), { fileMustExist: true });
    try {
      expect(sqlite.pragma('quick_check', { simple: true }), `${when}: ${fileName} is damaged`).toBe('ok');
      expect(generation((sqlite.prepare('SELECT name FROM mentors').all() as { name: string }[]).map((m) => m.name)).size, `${when}: ${fileName}`).toBe(1);
    } finally {
      sqlite.close();
    }
  }
}

describe('restore crash safety', () => {
  it('never lists a copy that a kill interrupted while it was being written', async () => {
    for (const args of [['file', backupFile], ['copy', listed()[0] ?? '']]) {
      if (!args[1]) continue;
      const before = listed();
      const names0 = names(dbPath);
      expect((await runAndKill([...args, 'kill-mid-copy'], 60_000)).out).not.toContain('done');
      expect(listed()).toEqual(before);
      expect(names(dbPath)).toEqual(names0);
      expectWholeStoreAndCopies(args[0]);
    }
  }, 60_000);

  it(`keeps the store whole and lists only whole copies through ${ROUNDS} SIGKILLs at random moments of a restore`, async () => {
    // How long one undisturbed restore takes here (start-up left out), so the kills land across all of it:
    // round r at a random moment of its r-th fifth, so the first rounds always cut into a restore. Moments drawn
    // over the whole run, start-up included, let all five restores finish in about one run in twenty.
    const undisturbed = await runAndKill(['file', backupFile], 60_000);
    expect(undisturbed.out).toContain('done');
    const span = undisturbed.afterReadyMs;
    const log: string[] = [];
    let completed = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const copies = listed();
      const args = round % 2 === 1 && copies.length > 0 ? ['copy', copies[round % copies.length]] : ['file', backupFile];
      const killAfterMs = Math.floor((span * (round + Math.random())) / ROUNDS);
      const { out } = await runAndKill(args, killAfterMs);
      log.push(`round ${round}: ${args[0]} restore killed ${killAfterMs} ms in (one took ${span.toFixed(0)} ms), ${out.includes('done') ? 'after it finished' : 'mid-way'}`);
      expect(out, log.at(-1)).not.toContain('failed');
      if (out.includes('done')) completed++;
      expectWholeStoreAndCopies(log.at(-1)!);
    }
    // The kills must have hit work in progress, not only finished restores.
    expect(completed, log.join('\n')).toBeLessThan(ROUNDS);
  }, 120_000);
});
