import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { callBrowserMode as call, startBrowserMode, type CallAnswer as Answer } from '../helpers/browser-mode';
import { tempDir } from '../helpers/store';
import { removeTree } from '../helpers/remove-tree';

// Desktop and browser mode on one data folder is the normal case for a user who tries both. Two real
// browser-mode servers (the built out/main/serve.js, as `npm run start:web` runs it) share one file while
// many writers hammer both for a bounded time.
const WRITERS_PER_SERVER = 20;
const RUN_MS = 4000;

const dataDir = tempDir('mp-two-processes-');
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  removeTree(dataDir);
});

describe('two processes on one data file', () => {
  it(`acknowledges or refuses (typed, retry-able) every write of 2 servers × ${WRITERS_PER_SERVER} writers, and keeps every acknowledged one`, async () => {
    // One after the other, so the second does not race the first's creation of the file.
    const first = await startBrowserMode(dataDir, children);
    const second = await startBrowserMode(dataDir, children);
    // Each writer creates mentors and keeps rewriting the notes of its own first one: an update reads
    // (does the mentor exist?) before it writes, the pattern a deferred transaction loses to the other process.
    const acknowledged: string[] = [];
    const lastNotes = new Map<number, string>();
    const refused: NonNullable<Answer['error']>[] = [];
    let updates = 0;
    const until = Date.now() + RUN_MS;
    const writer = async (server: typeof first, id: string) => {
      let own: number | null = null;
      for (let n = 0; Date.now() < until; n++) {
        const name = `Writer ${id} mentor ${n}`;
        const notes = `Writer ${id} note ${n}`;
        const result: Answer<{ id: number }> = own !== null && n % 2 === 1 ? await call(server, 'mentors.update', { id: own, changes: { notes } }) : await call(server, 'mentors.create', { name });
        if (!result.ok) refused.push(result.error!);
        else if (own !== null && n % 2 === 1) {
          lastNotes.set(own, notes);
          updates++;
        }
        else {
          acknowledged.push(name);
          own ??= result.value!.id;
        }
      }
    };
    await Promise.all(
      [first, second].flatMap((server, s) => Array.from({ length: WRITERS_PER_SERVER }, (_, w) => writer(server, `${s}.${w}`))),
    );
    const attempts = acknowledged.length + updates + refused.length;
    console.log(`[two processes] ${attempts} writes in ${RUN_MS} ms: ${acknowledged.length + updates} acknowledged, ${refused.length} refused (${[...new Set(refused.map((e) => e.code))].join(', ') || 'none'})`);

    for (const server of [first, second]) {
      const exited = new Promise((resolve) => server.child.once('exit', resolve));
      server.child.kill('SIGTERM');
      await exited;
    }
    expect(refused.filter((e) => e.code !== 'BUSY' || e.retryable !== true)).toEqual([]);
    // A write waits for the other process's (millisecond) writes within the 5 s busy timeout, so at this
    // load none should even need refusing; a deferred transaction loses some to SQLITE_BUSY_SNAPSHOT.
    expect(refused).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(attempts / 2);
    const sqlite = new Database(path.join(dataDir, 'mentor-planner.db'), { readonly: true });
    const stored = new Set(sqlite.prepare('SELECT name FROM mentors').pluck().all() as string[]);
    const notesOf = sqlite.prepare('SELECT notes FROM mentors WHERE id = ?').pluck();
    const storedNotes = [...lastNotes.keys()].map((id) => [id, notesOf.get(id)]);
    sqlite.close();
    expect(acknowledged.filter((name) => !stored.has(name))).toEqual([]);
    expect(storedNotes).toEqual([...lastNotes.entries()]);
  });
});
