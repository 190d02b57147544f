// npm run bench [-- --profile heavy|small] [--iterations 200] [--scales 1,10] [--reseed] [--only label,label]
// (--only measures just those operations, in-process, and skips HTTP, core start and Chromium)
// Every call a page makes, with the input the UI sends, through dispatch, beside a hand-written
// better-sqlite3 query that returns the same rows (checked here: a difference fails the run), sampled
// interleaved; then each call once over HTTP to the built server in its own process, core start in
// fresh processes, and the first dashboard content timed inside Chromium. Figures, not assertions.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCore, type Core } from '../electron/core/app-core';
import { writeExport } from '../electron/core/export/write';
import type { ProfileName } from './lib/seed-data';
import { coreStart, rendererFigures, startServerProcess } from './lib/bench-processes';
import { rawQueries } from './lib/bench-raw';
import { meetingPageQueries } from './lib/bench-raw-meeting';
import { rawLibraryQueries } from './lib/bench-raw-library';
import { currentPlan } from '../electron/core/reminders/reminders';
import { firstDifference, interleaved, ms, printTable, stats, type Stats } from './lib/bench-stats';
import { argValue, DEFAULT_NOW, seedFile } from './seed';

const root = path.resolve(__dirname, '..');
const TODAY = DEFAULT_NOW.slice(0, 10);
const NOW = new Date(DEFAULT_NOW);

interface Case {
  label: string;
  op: string;
  input: unknown;
  /** Same rows as the operation, straight from SQLite; absent where no honest raw exists yet. */
  raw?: () => unknown;
  /** Fewer samples for the slow ones (export of everything). */
  heavy?: boolean;
}

function cases(core: Core): Case[] {
  const db = core.store.sqlite;
  const one = (sql: string) => (db.prepare(sql).get() as { id: number } | undefined)?.id ?? 1;
  const busiest = one('SELECT mentor_id AS id FROM meetings GROUP BY mentor_id ORDER BY count(*) DESC, mentor_id LIMIT 1');
  const planned = one("SELECT id FROM meetings WHERE status = 'planned' ORDER BY scheduled_at, id LIMIT 1");
  const held = one("SELECT id FROM meetings WHERE status = 'held' ORDER BY scheduled_at DESC, id DESC LIMIT 1");
  const goal = one('SELECT goal_id AS id FROM agenda_items WHERE goal_id IS NOT NULL AND meeting_id IS NOT NULL GROUP BY goal_id ORDER BY count(*) DESC, goal_id LIMIT 1');
  const raw = { ...rawQueries(db, DEFAULT_NOW, TODAY), ...meetingPageQueries(db), ...rawLibraryQueries(db, DEFAULT_NOW) };
  const utc = { timeZone: 'UTC' };
  const exportCase = (label: string, selection: { kind: 'meeting'; meetingId: number } | { kind: 'all' }, format: 'markdown' | 'html'): Case => ({
    label,
    op: 'export.meetings',
    input: { selection, format, ...utc },
    raw: () => raw.export(selection, format, NOW),
    heavy: selection.kind === 'all',
  });
  return [
    // Every page: the layout's reminder center and the pickers' lookups.
    // Its raw is the plan computed afresh (loadReminderData's reads are hand-written statements already):
    // what a call costs after a change; the operation keeps the plan until the data changes.
    { label: 'reminders (every page)', op: 'reminders.due', input: utc, raw: () => currentPlan(core.store.db, NOW, 'UTC') },
    { label: 'lookups: mentors', op: 'lookups.mentors', input: undefined, raw: raw['lookups.mentors'] },
    { label: 'lookups: goals', op: 'lookups.goals', input: undefined, raw: raw['lookups.goals'] },
    { label: 'dashboard', op: 'dashboard.today', input: utc, raw: raw['dashboard.today'] },
    { label: 'reconnect list', op: 'mentors.overdueToReconnect', input: undefined, raw: raw['mentors.overdueToReconnect'] },
    { label: 'mentors list', op: 'mentors.list', input: { includeArchived: false, sort: 'name' }, raw: raw['mentors.list'] },
    { label: 'mentor page', op: 'mentors.get', input: { id: busiest, listLimit: 20, ...utc }, raw: () => raw['mentors.get'](busiest, 20) },
    { label: 'goals list', op: 'goals.list', input: { includeClosed: false, ...utc }, raw: () => raw['goals.list']('UTC') },
    { label: 'goal coverage', op: 'goals.coverage', input: undefined, raw: raw['goals.coverage'] },
    { label: 'goal page', op: 'goals.get', input: { id: goal, ...utc }, raw: () => raw['goals.get'](goal) },
    { label: 'meetings: upcoming', op: 'meetings.list', input: { scope: 'upcoming', limit: 26 }, raw: () => raw['meetings.list upcoming'](26) },
    { label: 'meetings: past', op: 'meetings.list', input: { scope: 'past', limit: 26 }, raw: () => raw['meetings.list past'](26) },
    { label: 'meeting page', op: 'meetings.get', input: { id: held }, raw: () => raw['meetings.get'](held) },
    { label: 'meeting page: backlog', op: 'backlog.list', input: { mentorId: busiest }, raw: () => raw['backlog.list'](busiest) },
    { label: 'meeting page: templates', op: 'templates.list', input: undefined, raw: raw['templates.list'] },
    { label: 'prep brief', op: 'prep.brief', input: { meetingId: planned }, raw: () => raw['prep.brief'](planned) },
    { label: 'follow-ups board', op: 'followups.board', input: { perBucket: 10, ...utc, firstDayOfWeek: 1 }, raw: () => raw['followups.board'](10, 1) },
    { label: 'advice library', op: 'advice.library', input: { limit: 25 }, raw: () => raw['advice.library'](25) },
    { label: 'measures', op: 'measures.report', input: utc, raw: () => raw['measures.report']('UTC') },
    { label: 'search', op: 'search.query', input: { text: 'negotiation plan', limit: 20 }, raw: () => raw['search.query']('negotiation plan', 20) },
    { label: 'search part-typed', op: 'search.query', input: { text: 'negotiation pl', limit: 20 }, raw: () => raw['search.query']('negotiation pl', 20) },
    exportCase('export one meeting', { kind: 'meeting', meetingId: held }, 'markdown'),
    exportCase('export one meeting HTML', { kind: 'meeting', meetingId: held }, 'html'),
    exportCase('export all to Markdown', { kind: 'all' }, 'markdown'),
    exportCase('export all to HTML', { kind: 'all' }, 'html'),
  ];
}

/**
 * Export of everything as the user waits for it: through dispatch into the worker thread (start-up and
 * reading the files back included), and the same files written in this thread without a worker.
 */
async function exportWallTimes(core: Core): Promise<string> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-bench-export-'));
  try {
    const figures: string[] = [];
    // CPU time beside wall time: on a shared, loaded machine the wall time mostly measures waiting for a core.
    const cpuMs = (since: NodeJS.CpuUsage) => {
      const used = process.cpuUsage(since);
      return (used.user + used.system) / 1000;
    };
    for (const format of ['markdown', 'html'] as const) {
      let started = performance.now();
      let cpu = process.cpuUsage();
      const result = await core.call('export.meetings', { selection: { kind: 'all' }, format, timeZone: 'UTC' });
      if (!result.ok) return `export all: ${result.error.message}`;
      const worker = `${ms(performance.now() - started)} ms (CPU ${ms(cpuMs(cpu))} ms) in the worker`;
      started = performance.now();
      cpu = process.cpuUsage();
      writeExport(core.store.db, { kind: 'all' }, format, NOW, 'UTC', { folder }, () => undefined);
      figures.push(`${format === 'html' ? 'HTML' : 'Markdown'} ${worker}, ${ms(performance.now() - started)} ms (CPU ${ms(cpuMs(cpu))} ms) written in this thread`);
    }
    const worker = process.env.MENTOR_PLANNER_EXPORT_WORKER ? 'the built worker' : 'the worker from the sources, through tsx';
    return `export all, wall time (${worker}, start-up included): ${figures.join('; ')}`;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

interface Measured {
  op?: Stats;
  raw?: Stats;
  bytes?: number;
  error?: string;
}

async function measure(core: Core, list: Case[], iterations: number, heavyIterations: number): Promise<Map<string, Measured>> {
  const out = new Map<string, Measured>();
  for (const c of list) {
    const probe = await core.call(c.op, c.input);
    if (!probe.ok) {
      out.set(c.label, { error: probe.error.code });
      continue;
    }
    const bytes = JSON.stringify(probe.value).length;
    if (c.raw) {
      const differs = firstDifference(probe.value, c.raw());
      if (differs) {
        out.set(c.label, { error: `RAW DIFFERS at ${differs}` });
        continue;
      }
    }
    const fns = [() => core.call(c.op, c.input), ...(c.raw ? [c.raw] : [])];
    const [op, raw] = (await interleaved(fns, c.heavy ? heavyIterations : iterations)).map(stats);
    out.set(c.label, { op, raw, bytes });
    // Progress on stderr, so a long run on a busy machine shows where it is.
    console.error(`  ${c.label}: p95 ${ms(op.p95)} ms${raw ? `, raw ${ms(raw.p95)} ms` : ''}`);
  }
  return out;
}

async function openBench(file: string) {
  return startCore({ dataDir: path.dirname(file), databasePath: file, migrationsFolderCandidates: [path.join(root, 'drizzle')], appVersion: 'bench', now: () => new Date(DEFAULT_NOW), dailyCopyAfterMs: null });
}

async function overHttp(file: string, outDir: string, list: Case[], samples: number): Promise<{ perOp: Map<string, Stats>; note: string }> {
  const server = await startServerProcess(outDir, file);
  if (typeof server === 'string') return { perOp: new Map(), note: server };
  try {
    const perOp = new Map<string, Stats>();
    for (const c of list) {
      const [s] = await interleaved([() => server.call(c.op, c.input)], c.heavy ? 1 : samples);
      perOp.set(c.label, stats(s));
    }
    return { perOp, note: '' };
  } finally {
    await server.stop();
  }
}

async function main() {
  const args = process.argv.slice(2);
  const profile = (argValue(args, 'profile') ?? 'heavy') as ProfileName;
  const iterations = Math.max(1, Number(argValue(args, 'iterations') ?? 200));
  const heavyIterations = Math.max(1, Math.min(iterations, 5));
  const outDir = process.env.MP_OUT_DIR ?? path.join(root, 'out');
  // MP_BENCH_DIR: benchmark copies of one's own (a branch with a new migration upgrades the file it opens).
  const benchDir = process.env.MP_BENCH_DIR ?? path.join(root, '.tmp');
  const fileFor = (scale: number) => path.resolve(benchDir, `bench-${profile}${scale > 1 ? `-x${scale}` : ''}.db`);
  const only = argValue(args, 'only')?.split(',').map((label) => label.trim());
  const scales = (argValue(args, 'scales') ?? (profile === 'heavy' && fs.existsSync(fileFor(10)) ? '1,10' : '1')).split(',').map(Number);
  // Export of everything runs in a worker thread: measure the one the app ships when out/ has it.
  const builtWorker = path.join(outDir, 'main', 'export-worker.js');
  if (fs.existsSync(builtWorker)) process.env.MENTOR_PLANNER_EXPORT_WORKER ??= builtWorker;
  let exportFigures = '';
  console.log(`Mentor Planner benchmark — profile ${profile} at ${scales.join('×, ')}×, ${iterations} samples per operation (${heavyIterations} for export of everything), interleaved with its raw query`);

  const results = new Map<number, Map<string, Measured>>();
  let list: Case[] = [];
  for (const scale of scales) {
    const file = fileFor(scale);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (!fs.existsSync(file) || args.includes('--reseed')) await seedFile(file, profile, 42, NOW, scale);
    const core = await openBench(file);
    console.error(`measuring at ${scale}× (${file})`);
    try {
      list = only ? cases(core).filter((c) => only.includes(c.label)) : cases(core);
      // Fewer samples at larger scales: the export of everything alone takes seconds there.
      results.set(scale, await measure(core, list, scale === 1 ? iterations : Math.max(1, Math.round(iterations / 4)), scale === 1 ? heavyIterations : 1));
      if (scale === scales[0] && list.some((c) => c.label.startsWith('export all'))) exportFigures = await exportWallTimes(core);
    } finally {
      core.close();
    }
  }
  const base = results.get(scales[0])!;
  const http = only ? { perOp: new Map<string, Stats>(), note: 'skipped (--only)' } : await overHttp(fileFor(scales[0]), outDir, list, Math.min(iterations, 20));
  const header = ['operation', 'p50 ms', 'p95 ms', 'p99 ms', 'raw p50', 'raw p95', 'raw p99', 'ratio p95', 'KB', 'HTTP p50', ...scales.slice(1).map((s) => `${s}× p95`), ...scales.slice(1).map((s) => `${s}×/1×`)];
  const rows: string[][] = [header];
  const start = only ? 'skipped (--only)' : coreStart(fileFor(scales[0]), DEFAULT_NOW, Math.min(iterations, 5));
  if (typeof start === 'string') rows.push(['core start', start]);
  else {
    rows.push(['core start', ms(start.notDue.p50), ms(start.notDue.p95), ms(start.notDue.p99), '', '', '', '', '', '']);
    rows.push(['core start, daily copy due', ms(start.due.p50), ms(start.due.p95), ms(start.due.p99), '', '', '', '', '', '']);
  }
  for (const c of list) {
    const m = base.get(c.label)!;
    if (m.error) {
      rows.push([c.label, 'not available', m.error]);
      continue;
    }
    const others = scales.slice(1).map((s) => results.get(s)!.get(c.label)?.op?.p95);
    rows.push([
      c.label,
      ms(m.op!.p50),
      ms(m.op!.p95),
      ms(m.op!.p99),
      m.raw ? ms(m.raw.p50) : 'no raw',
      ms(m.raw?.p95),
      ms(m.raw?.p99),
      m.raw ? `${(m.op!.p95 / m.raw.p95).toFixed(2)}×` : '',
      (m.bytes! / 1024).toFixed(1),
      ms(http.perOp.get(c.label)?.p50),
      ...others.map((p) => ms(p)),
      ...others.map((p) => (p === undefined ? '' : `${(p / m.op!.p95).toFixed(1)}×`)),
    ]);
  }
  printTable(rows);
  if (http.note) console.log(`HTTP: ${http.note}`);
  if (exportFigures) console.log(exportFigures);
  console.log('PDF of one meeting: not measured here — it is printed by Electron (webContents.printToPDF), and this machine has no Electron.');
  if (typeof start !== 'string') {
    console.log(`core start: module load ${ms(start.notDue.loadMs)} ms before it (tsx), identity check ${ms(start.notDue.identityMs)} ms, daily copy ${ms(start.due.copyMs)} ms in the background when due`);
  }
  if (!only) await renderer(fileFor(scales[0]), outDir, Math.min(iterations, 5));
  console.log('Targets: UI ops p95 ≤ 5 ms and ≤ 1.5× raw; reminders p95 ≤ 10 ms and ≤ 50 KB; at 10× p95 ≤ 25 ms; core start ≤ 150 ms with the copy due;');
  console.log('         first dashboard content ≤ 500 ms; ≤ 100 rows (li) per page; export all to Markdown ≤ 1 s and HTML ≤ 1.5 s.');
  const differs = [...base.values()].filter((m) => m.error?.startsWith('RAW DIFFERS'));
  if (differs.length) {
    console.error(`${differs.length} raw queries returned other rows than their operation: the comparison above is not honest for them.`);
    process.exitCode = 1;
  }
}

async function renderer(file: string, outDir: string, runs: number) {
  const server = await startServerProcess(outDir, file);
  if (typeof server === 'string') return console.log(`renderer: ${server}`);
  try {
    const db = (await openBench(file)).store.sqlite;
    const id = (sql: string) => (db.prepare(sql).get() as { id: number }).id;
    const busiest = id('SELECT mentor_id AS id FROM meetings GROUP BY mentor_id ORDER BY count(*) DESC, mentor_id LIMIT 1');
    const goal = id('SELECT goal_id AS id FROM agenda_items WHERE goal_id IS NOT NULL AND meeting_id IS NOT NULL GROUP BY goal_id ORDER BY count(*) DESC, goal_id LIMIT 1');
    db.close();
    const figures = await rendererFigures(
      server,
      [
        ['dashboard', '#/', '[aria-label="Due today and overdue"]'],
        ['mentors list', '#/mentors', '.mentor-row'],
        ['mentor page', `#/mentors/${busiest}`, 'h2:text-is("Open commitments")'],
        ['goal page', `#/goals/${goal}`, 'h2:text-is("Commitments")'],
        ['meetings list', '#/meetings', '.list > li'],
        ['follow-ups board', '#/follow-ups', 'li.commitment'],
      ],
      runs,
    );
    if (typeof figures === 'string') return console.log(`renderer: ${figures}`);
    const paint = stats(figures.firstDashboardMs);
    console.log(`renderer: first dashboard paint ${paint.p50.toFixed(0)} ms (p50 of ${runs}, worst ${paint.p99.toFixed(0)} ms; in-page, from navigation start, server in its own process)`);
    for (const [list, n] of Object.entries(figures.domRows)) console.log(`renderer: ${list} has ${n.total} li in the DOM, ${n.longest} in its longest list`);
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
