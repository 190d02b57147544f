import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/migrate';
import { meetingMinutesFor } from '../helpers/crash-writer';
import { MIGRATIONS, tempDir } from '../helpers/store';
import { bundleChild } from '../helpers/child-bundle';
import { removeTree } from '../helpers/remove-tree';

// A child writes through the real services and acknowledges each committed write; we kill it with
// SIGKILL at random moments (sometimes while it is still opening the file) and check what survived.
const ROUNDS = 50;
const REPO = path.resolve(__dirname, '../..');
let dir: string;
let writer: string;
let dbPath: string;

beforeAll(async () => {
  dir = tempDir('mp-crash-');
  // Bundled once so each child starts in a fraction of a second (tsx would take seconds).
  writer = await bundleChild('crash-writer', dir);
  dbPath = path.join(dir, 'mentor-planner.db');
  (await openStore({ path: dbPath, migrationsFolder: MIGRATIONS })).close();
});
afterAll(() => removeTree(dir));

interface Round {
  acks: string[];
  stderr: string;
}

function runAndKill(firstSeq: number, killAfterReadyMs: number | null, killAfterSpawnMs: number): Promise<Round> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [writer, dbPath, MIGRATIONS, String(firstSeq)], {
      env: { ...process.env, NODE_PATH: path.join(REPO, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const kill = () => child.kill('SIGKILL');
    if (killAfterReadyMs === null) setTimeout(kill, killAfterSpawnMs);
    child.stdout.on('data', (chunk: Buffer) => {
      const wasReady = stdout.includes('ready\n');
      stdout += chunk.toString('utf8');
      if (!wasReady && stdout.includes('ready\n') && killAfterReadyMs !== null) setTimeout(kill, killAfterReadyMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('exit', () => {
      // Only complete lines count: a line cut by the kill was never acknowledged.
      const lines = stdout.split('\n').slice(0, -1);
      resolve({ acks: lines.filter((l) => l.startsWith('ack ')).map((l) => l.slice(4)), stderr });
    });
  });
}

describe('crash safety', () => {
  it(`keeps every acknowledged write and a sound file through ${ROUNDS} SIGKILLs at random moments`, async () => {
    const mentors = new Set<string>();
    const goals = new Set<string>();
    // The settings value acknowledged last, plus any later write that was in flight at a kill.
    let possibleSettings: number[] = [];
    let settingsAcknowledged = false;
    let nextSeq = 0;
    let totalAcks = 0;
    const log: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const duringOpen = round % 5 === 4;
      const delay = Math.floor(Math.random() * (duringOpen ? 400 : 150));
      const { acks, stderr } = await runAndKill(nextSeq, duringOpen ? null : delay, delay);
      expect(stderr, `round ${round}: the writer failed on its own`).toBe('');
      let lastSeq = nextSeq - 1;
      for (const line of acks) {
        const [kind, seqText, ...rest] = line.split(' ');
        const value = rest.join(' ');
        lastSeq = Number(seqText);
        if (kind === 'settings') {
          possibleSettings = [Number(value)];
          settingsAcknowledged = true;
        }
        else if (kind === 'mentor') mentors.add(value);
        else if (kind === 'goal') goals.add(value);
      }
      totalAcks += acks.length;
      // The write in flight when the child died may or may not have committed.
      const inFlight = lastSeq + 1;
      if (inFlight % 3 === 0) possibleSettings.push(meetingMinutesFor(inFlight));
      log.push(`round ${round}: killed ${duringOpen ? 'after spawn' : 'after ready'} +${delay} ms, ${acks.length} acks`);

      const store = await openStore({ path: dbPath, migrationsFolder: MIGRATIONS });
      try {
        expect(store.sqlite.pragma('integrity_check', { simple: true }), log.join('\n')).toBe('ok');
        expect(store.sqlite.pragma('foreign_key_check')).toEqual([]);
        const names = new Set(store.sqlite.prepare('SELECT name FROM mentors').pluck().all() as string[]);
        const titles = new Set(store.sqlite.prepare('SELECT title FROM goals').pluck().all() as string[]);
        for (const name of mentors) expect(names.has(name), `${name} was acknowledged but is gone (${log.at(-1)})`).toBe(true);
        for (const title of goals) expect(titles.has(title), `${title} was acknowledged but is gone (${log.at(-1)})`).toBe(true);
        const stored = store.sqlite.prepare("SELECT value_json FROM settings WHERE key = 'app'").pluck().get() as string | undefined;
        if (stored !== undefined) expect(possibleSettings, log.at(-1)).toContain(JSON.parse(stored).defaultMeetingMinutes);
        else expect(settingsAcknowledged, 'an acknowledged settings write is gone').toBe(false);
      } finally {
        store.close();
      }
      nextSeq = lastSeq + 2;
    }
    expect(totalAcks, 'the children acknowledged writes before being killed').toBeGreaterThan(ROUNDS);
    console.log(`crash safety: ${ROUNDS} kills, ${totalAcks} acknowledged writes, all present`);
  }, 120_000);
});
