// npm run bench:sync — what sync costs: the outbox per mutation (sync on vs off, interleaved) and the time to
// read, decrypt and apply N remote changes. Figures are printed, never asserted.
// Options: --changes N (default 10000), --mutations N (default 400)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCore, type Core } from '../electron/core/app-core';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CHANGES = arg('changes', 10_000);
const MUTATIONS = arg('mutations', 400);
const MIGRATIONS = path.resolve(import.meta.dirname, '../drizzle');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-bench-sync-'));

async function store(name: string): Promise<Core> {
  const dir = path.join(root, name);
  return startCore({ dataDir: dir, migrationsFolderCandidates: [MIGRATIONS], appVersion: 'bench', dailyCopyAfterMs: null });
}

async function call<T>(core: Core, name: string, input?: unknown): Promise<T> {
  const result = await core.call(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (n: number) => n.toFixed(3).padStart(9);

async function main() {
  const folder = path.join(root, 'folder');
  const passphrase = 'benchmark passphrase';
  const withSync = await store('with-sync');
  const without = await store('without-sync');
  const reader = await store('reader');
  await call(withSync, 'sync.setUp', { target: { kind: 'folder', path: folder }, passphrase, deviceName: 'Writer' });
  await call(reader, 'sync.setUp', { target: { kind: 'folder', path: folder }, passphrase, deviceName: 'Reader', join: true });
  const mentorOn = await call<{ id: number }>(withSync, 'mentors.create', { name: 'Bench mentor' });
  const mentorOff = await call<{ id: number }>(without, 'mentors.create', { name: 'Bench mentor' });

  // Outbox cost: the same mutation the UI sends, on a store with sync on and one without, interleaved.
  const on: number[] = [];
  const off: number[] = [];
  for (let i = 0; i < MUTATIONS; i++) {
    for (const [core, id, samples] of [
      [withSync, mentorOn.id, on],
      [without, mentorOff.id, off],
    ] as const) {
      const start = performance.now();
      await call(core, 'mentors.update', { id, changes: { role: `Role ${i}` } });
      samples.push(performance.now() - start);
    }
  }
  on.sort((a, b) => a - b);
  off.sort((a, b) => a - b);
  console.log(`mentors.update with sync on  p50 ${ms(percentile(on, 50))} ms  p95 ${ms(percentile(on, 95))} ms`);
  console.log(`mentors.update with sync off p50 ${ms(percentile(off, 50))} ms  p95 ${ms(percentile(off, 95))} ms`);
  console.log(`outbox cost per mutation (p50 difference) ${ms(percentile(on, 50) - percentile(off, 50))} ms   target ≤ 0.2 ms`);

  // Remote apply: the writer makes CHANGES changes (new mentors and edits), writes them; the reader applies them.
  await call(withSync, 'sync.now');
  await call(reader, 'sync.now');
  const created = Math.floor(CHANGES / 5);
  const ids: number[] = [];
  for (let i = 0; i < created; i++) ids.push((await call<{ id: number }>(withSync, 'mentors.create', { name: `Mentor ${i}` })).id);
  for (let i = 0; i < CHANGES - created; i++) await call(withSync, 'mentors.update', { id: ids[i % ids.length], changes: { notes: `Edit ${i}` } });
  const writeStart = performance.now();
  await call(withSync, 'sync.now');
  const written = performance.now() - writeStart;
  const applyStart = performance.now();
  await call(reader, 'sync.now');
  const applied = performance.now() - applyStart;
  const count = (reader.store.sqlite.prepare('SELECT count(*) AS n FROM mentors').get() as { n: number }).n;
  if (count !== created + 1) throw new Error(`the reader holds ${count} mentors, expected ${created + 1}`);
  console.log(`write ${CHANGES} local changes to a change file (fsync included)  ${ms(written)} ms`);
  console.log(`apply ${CHANGES} remote changes (read, decrypt, merge)  ${ms(applied)} ms   target ≤ 1000 ms`);
  for (const core of [withSync, without, reader]) core.close();
  fs.rmSync(root, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
