import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core/app-core';
import { openStore } from '../../electron/core/db/migrate';
import type { PlannerEvent } from '../../electron/core/events';
import type { ExportFile, ExportFormat } from '../../electron/core/export/types';
import { rawQueries } from '../../scripts/lib/bench-raw';
import { seedDatabase } from '../../scripts/lib/seed-data';
import { MIGRATIONS, ok, tempDir } from '../helpers/store';
import { removeTree } from '../helpers/remove-tree';

// Export of everything on the heavy profile (5 000 meetings) runs in a worker thread that opens the data file
// read-only itself: the same bytes as the benchmark's raw-query export, written through .part files, with
// progress events, cancel, and other requests answered meanwhile.
const NOW = '2026-11-23T09:00:00.000Z';
let dir: string;
let core: Core;
const events: PlannerEvent[] = [];
let chosen: string | null = null;

beforeAll(async () => {
  dir = tempDir('mp-export-worker-');
  const file = path.join(dir, 'mentor-planner.db');
  const store = await openStore({ path: file, migrationsFolder: MIGRATIONS });
  seedDatabase(store.sqlite, { profile: 'heavy', seed: 42, now: new Date(NOW) });
  store.close();
  core = await startCore({
    dataDir: dir,
    migrationsFolderCandidates: [MIGRATIONS],
    appVersion: 'test',
    now: () => new Date(NOW),
    dailyCopyAfterMs: null,
    platform: { chooseSavePath: async () => chosen },
  });
  core.onEvent((event) => events.push(event));
}, 240_000);
afterAll(() => {
  core?.close();
  removeTree(dir);
}, 60_000);

const all = { kind: 'all' } as const;
const progressOf = (jobId: string) => events.filter((e): e is Extract<PlannerEvent, { type: 'export' }> => e.type === 'export' && e.jobId === jobId);
const untilProgress = async (jobId: string) => {
  const deadline = Date.now() + 60_000;
  while (!progressOf(jobId).some((e) => e.done > 0)) {
    if (Date.now() > deadline) throw new Error(`no progress from export ${jobId}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};
const outFolder = (name: string) => {
  const folder = path.join(dir, name);
  fs.mkdirSync(folder);
  return folder;
};

describe('export of everything in a worker thread', () => {
  const raw = (format: ExportFormat) => rawQueries(core.store.sqlite, NOW, NOW.slice(0, 10)).export(all, format, new Date(NOW));

  it('downloads Markdown byte for byte as the raw-query export, with progress up to every meeting', async () => {
    const jobId = 'same-bytes-markdown';
    expect(await ok<ExportFile[]>(core, 'export.meetings', { selection: all, format: 'markdown', timeZone: 'UTC', jobId })).toEqual(raw('markdown'));
    const progress = progressOf(jobId);
    expect(progress[0]).toMatchObject({ done: 0, total: 5_000 });
    expect(progress.at(-1)).toMatchObject({ done: 5_000, total: 5_000 });
  }, 120_000);

  it('saves HTML into the file the user chose, through a .part file, byte for byte as the raw-query export', async () => {
    const folder = outFolder('saved-html');
    chosen = path.join(folder, 'Everything.html');
    expect(await ok(core, 'export.save', { selection: all, format: 'html', timeZone: 'UTC' })).toEqual({ paths: [chosen] });
    expect(fs.readdirSync(folder)).toEqual(['Everything.html']);
    expect(fs.readFileSync(chosen, 'utf8')).toBe(raw('html')[0].content);
  }, 120_000);

  it('saves one file per meeting beside the chosen one, byte for byte as the raw-query export', async () => {
    const folder = outFolder('saved-files');
    const expected = raw('markdown-files');
    chosen = path.join(folder, expected[0].name);
    const { paths } = await ok<{ paths: string[] }>(core, 'export.save', { selection: all, format: 'markdown-files', timeZone: 'UTC' });
    expect(paths.map((p) => path.basename(p))).toEqual(expected.map((f) => f.name));
    expect(fs.readdirSync(folder).sort()).toEqual(expected.map((f) => f.name).sort());
    paths.forEach((p, i) => expect(fs.readFileSync(p, 'utf8'), expected[i].name).toBe(expected[i].content));
  }, 120_000);

  it('answers other requests while it exports, well within the time the export takes', async () => {
    const jobId = 'responsive-1';
    const started = performance.now();
    const exporting = ok<ExportFile[]>(core, 'export.meetings', { selection: all, format: 'html', timeZone: 'UTC', jobId });
    await untilProgress(jobId);
    const asked = performance.now();
    const list = await core.call('mentors.list', { includeArchived: false, sort: 'name' });
    const answeredMs = performance.now() - asked;
    await exporting;
    const exportMs = performance.now() - started;
    console.log(`mentors.list answered in ${answeredMs.toFixed(0)} ms during an export of everything that took ${exportMs.toFixed(0)} ms`);
    expect(list.ok).toBe(true);
    expect(answeredMs).toBeLessThan(exportMs / 4);
  }, 120_000);

  it.each(['html', 'markdown-files'] as const)('cancels a %s export: the call answers null and no file is left', async (format) => {
    const folder = outFolder(`cancelled-${format}`);
    chosen = path.join(folder, format === 'html' ? 'Everything.html' : 'First.md');
    const jobId = `cancel-${format}`;
    const saving = core.call('export.save', { selection: all, format, timeZone: 'UTC', jobId });
    await untilProgress(jobId);
    expect(await core.call('export.cancel', { jobId })).toEqual({ ok: true, value: null });
    expect(await saving).toEqual({ ok: true, value: null });
    // The worker has stopped and what it wrote is gone (removed once it stopped).
    await expect.poll(() => fs.readdirSync(folder), { timeout: 10_000 }).toEqual([]);
    const before = progressOf(jobId).length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(progressOf(jobId).length).toBe(before);
  }, 120_000);

  it('answers with a sentence when the folder is removed mid-export, and leaves no partial file', async () => {
    for (const format of ['markdown', 'markdown-files'] as const) {
      const folder = outFolder(`removed-${format}`);
      chosen = path.join(folder, 'Everything.md');
      const jobId = `removed-${format}`;
      const saving = core.call('export.save', { selection: all, format, timeZone: 'UTC', jobId });
      await untilProgress(jobId);
      // Moved to the trash, as a file manager does: one rename, so it cannot race the worker's next file (removing
      // the tree file by file could, and failed with ENOTEMPTY when the worker wrote into it meanwhile).
      fs.renameSync(folder, `${folder}-in-trash`);
      const result = await saving;
      removeTree(`${folder}-in-trash`);
      expect(result.ok, JSON.stringify(result)).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('CANNOT_OPEN');
      expect(result.error.message).toMatch(/^That file or folder is no longer there .*\. Choose another place and try again\.$/);
      expect(fs.existsSync(folder)).toBe(false);
    }
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  }, 120_000);

  it('refuses an unknown export id and cancels nothing for one that is not running', async () => {
    expect(await core.call('export.cancel', { jobId: '../../etc' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(await core.call('export.cancel', { jobId: 'not-running' })).toEqual({ ok: true, value: null });
  });
});
