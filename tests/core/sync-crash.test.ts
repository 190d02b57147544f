import { spawn } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core/app-core';
import { CRASH_PASSPHRASE } from '../helpers/sync-crash-child';
import { MIGRATIONS, ok, tempDir } from '../helpers/store';
import { syncedContent } from '../helpers/sync';
import { removeTree } from '../helpers/remove-tree';

const REPO = path.resolve(__dirname, '../..');
const ROUNDS = Number(process.env.SYNC_CRASH_ROUNDS ?? 6);
let dir: string;
let child: string;
let folder: string;
const dbA = () => path.join(dir, 'a', 'mentor-planner.db');
const dbB = () => path.join(dir, 'b', 'mentor-planner.db');

const open = (db: string) => startCore({ dataDir: path.dirname(db), databasePath: db, migrationsFolderCandidates: [MIGRATIONS], appVersion: 'test', dailyCopyAfterMs: null });

beforeAll(async () => {
  dir = tempDir('mp-sync-crash-');
  folder = path.join(dir, 'sync-folder');
  child = path.join(dir, 'sync-crash-child.cjs');
  await build({
    entryPoints: [path.join(REPO, 'tests/helpers/sync-crash-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    outfile: child,
    logLevel: 'error',
  });
  const a = await open(dbA());
  const b = await open(dbB());
  await ok(a, 'sync.setUp', { target: { kind: 'folder', path: folder }, passphrase: CRASH_PASSPHRASE, deviceName: 'A' });
  await ok(b, 'sync.setUp', { target: { kind: 'folder', path: folder }, passphrase: CRASH_PASSPHRASE, deviceName: 'B', join: true });
  a.close();
  b.close();
});
afterAll(() => removeTree(dir));

function runAndKill(db: string, mode: 'write' | 'apply', firstSeq: number, killAfterReadyMs: number): Promise<{ lines: string[]; stderr: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [child, db, MIGRATIONS, mode, String(firstSeq)], {
      env: { ...process.env, NODE_PATH: path.join(REPO, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const guard = setTimeout(() => proc.kill('SIGKILL'), 20_000);
    proc.stdout.on('data', (chunk: Buffer) => {
      const wasReady = stdout.includes('ready\n');
      stdout += chunk.toString('utf8');
      if (!wasReady && stdout.includes('ready\n')) setTimeout(() => proc.kill('SIGKILL'), killAfterReadyMs);
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    proc.on('exit', () => {
      clearTimeout(guard);
      // A line cut by the kill was never acknowledged.
      resolve({ lines: stdout.split('\n').slice(0, -1), stderr });
    });
  });
}

const names = (core: Core) => (core.store.sqlite.prepare('SELECT name FROM mentors ORDER BY name').all() as { name: string }[]).map((r) => r.name);

describe('sync under SIGKILL', () => {
  it('never reads a torn file, applies nothing twice and loses no acknowledged change', async () => {
    const acked: string[] = [];
    let seq = 1;
    for (let round = 0; round < ROUNDS; round++) {
      // Deterministic spread of kill moments: early, mid-write, mid-apply.
      const [writer, applier] = await Promise.all([
        runAndKill(dbA(), 'write', seq, 60 + ((round * 137) % 700)),
        runAndKill(dbB(), 'apply', 0, 40 + ((round * 251) % 650)),
      ]);
      expect(writer.stderr, `writer round ${round}`).toBe('');
      expect(applier.stderr, `applier round ${round}`).toBe('');
      const acks = writer.lines.filter((l) => l.startsWith('ack ')).map((l) => l.slice(4));
      acked.push(...acks);
      seq += acks.length + 1;
    }
    expect(acked.length).toBeGreaterThan(ROUNDS);
    const a = await open(dbA());
    const b = await open(dbB());
    try {
      for (const core of [a, b]) await ok(core, 'sync.unlock', { passphrase: CRASH_PASSPHRASE });
      await ok(a, 'sync.now');
      await ok(b, 'sync.now');
      await ok(a, 'sync.now');
      for (const core of [a, b]) {
        const present = names(core);
        for (const name of acked) expect(present.filter((n) => n === name), name).toHaveLength(1);
        expect(new Set(present).size).toBe(present.length);
      }
      expect(syncedContent(b)).toEqual(syncedContent(a));
    } finally {
      a.close();
      b.close();
    }
  }, 240_000);
});
