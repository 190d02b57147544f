// npm run bench [-- --profile heavy|small] [--iterations N]
// Prints p50/p95 for each operation the UI uses next to a hand-written raw better-sqlite3 query for the
// same rows, plus core start and the renderer's first dashboard paint. Figures, not assertions.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startCore, type Core } from '../electron/core/app-core';
import { startWebServer } from '../electron/web/server';
import type { ProfileName } from './lib/seed-data';
import { argValue, DEFAULT_NOW, seedFile } from './seed';

const root = path.resolve(__dirname, '..');
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function time(fn: () => unknown, iterations: number): Promise<{ p50: number; p95: number }> {
  await fn(); // warm-up: prepared statements, caches
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { p50: pct(samples, 50), p95: pct(samples, 95) };
}

interface Case {
  label: string;
  op: string;
  input: unknown;
  raw: (core: Core) => unknown;
  iterations?: number;
}

function cases(core: Core): Case[] {
  const db = core.store.sqlite;
  const one = <T>(sql: string, ...p: unknown[]) => db.prepare(sql).get(...p) as T;
  const busiest = one<{ id: number }>('SELECT mentor_id AS id FROM meetings GROUP BY mentor_id ORDER BY count(*) DESC LIMIT 1').id;
  const planned = one<{ id: number }>("SELECT id FROM meetings WHERE status = 'planned' ORDER BY scheduled_at LIMIT 1")?.id ?? 1;
  const held = one<{ id: number }>("SELECT id FROM meetings WHERE status = 'held' ORDER BY scheduled_at DESC LIMIT 1").id;
  const goal = one<{ id: number }>('SELECT goal_id AS id FROM commitments WHERE goal_id IS NOT NULL GROUP BY goal_id ORDER BY count(*) DESC LIMIT 1').id;
  const today = DEFAULT_NOW.slice(0, 10);
  const all = (sql: string, ...p: unknown[]) => () => db.prepare(sql).all(...p);
  return [
    {
      label: 'dashboard',
      op: 'dashboard.today',
      input: { timeZone: 'UTC' },
      raw: all(
        `SELECT c.*, m.name FROM commitments c LEFT JOIN mentors m ON m.id = c.mentor_id WHERE c.status = 'open' AND c.due_date <= ?
         UNION ALL SELECT c.*, m.name FROM commitments c LEFT JOIN mentors m ON m.id = c.mentor_id WHERE c.status = 'done' AND c.reported_back_at IS NULL`,
        today,
      ),
    },
    {
      label: 'follow-ups board',
      op: 'followups.board',
      input: { timeZone: 'UTC' },
      raw: all(`SELECT c.*, m.name, g.title FROM commitments c LEFT JOIN mentors m ON m.id = c.mentor_id LEFT JOIN goals g ON g.id = c.goal_id WHERE c.status = 'open' ORDER BY coalesce(c.due_date, '9999') LIMIT 700`),
    },
    {
      label: 'mentor page',
      op: 'mentors.get',
      input: { id: busiest },
      raw: () => [
        db.prepare('SELECT * FROM mentors WHERE id = ?').get(busiest),
        db.prepare('SELECT id, scheduled_at, status FROM meetings WHERE mentor_id = ? ORDER BY scheduled_at DESC LIMIT 50').all(busiest),
        db.prepare("SELECT id, title FROM commitments WHERE mentor_id = ? AND status = 'open'").all(busiest),
        db.prepare('SELECT * FROM interactions WHERE mentor_id = ?').all(busiest),
      ],
    },
    {
      label: 'prep brief',
      op: 'prep.brief',
      input: { meetingId: planned },
      raw: () => [
        db.prepare('SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position').all(planned),
        db.prepare("SELECT * FROM commitments WHERE mentor_id = (SELECT mentor_id FROM meetings WHERE id = ?) AND status = 'done' AND reported_back_at IS NULL").all(planned),
      ],
    },
    {
      label: 'goal page',
      op: 'goals.get',
      input: { id: goal },
      raw: () => [db.prepare('SELECT * FROM commitments WHERE goal_id = ?').all(goal), db.prepare('SELECT * FROM advice WHERE goal_id = ?').all(goal)],
    },
    { label: 'search', op: 'search.query', input: { text: 'negotiation plan' }, raw: all(`SELECT rowid FROM search_index WHERE search_index MATCH '"negotiation" "plan"*' ORDER BY rank LIMIT 50`) },
    {
      label: 'export one meeting',
      op: 'export.meetings',
      input: { selection: { kind: 'meeting', meetingId: held }, format: 'markdown' },
      raw: () => [db.prepare('SELECT * FROM meetings WHERE id = ?').get(held), db.prepare('SELECT * FROM agenda_items WHERE meeting_id = ?').all(held), db.prepare('SELECT * FROM advice WHERE meeting_id = ?').all(held)],
    },
    {
      label: 'export all to Markdown',
      op: 'export.meetings',
      input: { selection: { kind: 'all' }, format: 'markdown' },
      raw: () => [db.prepare('SELECT * FROM meetings').all(), db.prepare('SELECT * FROM agenda_items').all(), db.prepare('SELECT * FROM advice').all(), db.prepare('SELECT * FROM commitments').all()],
      iterations: 3,
    },
  ];
}

async function rendererFigures(core: Core): Promise<{ firstPaintMs: number; domRows: Record<string, number> } | string> {
  const rendererDir = path.join(process.env.MP_OUT_DIR ?? path.join(root, 'out'), 'renderer');
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) return 'not available (no built renderer)';
  if (!fs.existsSync(executablePath)) return 'not available (no Chromium)';
  const server = await startWebServer({ core, rendererDir });
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.locator('[aria-label="Due today and overdue"]').waitFor({ timeout: 60_000 });
    const firstPaintMs = await page.evaluate(() => performance.now());
    const domRows: Record<string, number> = {};
    for (const [label, route, selector] of [
      ['mentors list', '#/mentors', '.mentor-row'],
      ['follow-ups board', '#/follow-ups', 'li.commitment'],
      ['meetings list', '#/meetings', '.list > li'],
    ] as const) {
      await page.goto(`${server.url}${route}`);
      await page.waitForSelector(selector, { timeout: 60_000 });
      domRows[label] = await page.locator(selector).count();
    }
    return { firstPaintMs, domRows };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main() {
  const args = process.argv.slice(2);
  const profile = (argValue(args, 'profile') ?? 'heavy') as ProfileName;
  const iterations = Number(argValue(args, 'iterations') ?? 30);
  const file = path.resolve(root, `.tmp/bench-${profile}.db`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file) || args.includes('--reseed')) await seedFile(file, profile, 42, new Date(DEFAULT_NOW));
  const now = () => new Date(DEFAULT_NOW);
  const open = () => startCore({ dataDir: path.dirname(file), databasePath: file, migrationsFolderCandidates: [path.join(root, 'drizzle')], appVersion: 'bench', now });
  console.log(`Mentor Planner benchmark — profile ${profile}, ${iterations} iterations, ${file}`);
  const start = await time(async () => (await open()).close(), Math.min(iterations, 10));
  const core = await open();
  const rows: string[][] = [['operation', 'p50 ms', 'p95 ms', 'raw p50', 'raw p95', 'ratio p95']];
  rows.push(['core start', start.p50.toFixed(1), start.p95.toFixed(1), '', '', '']);
  for (const c of cases(core)) {
    const probe = await core.call(c.op, c.input);
    if (!probe.ok) {
      rows.push([c.label, 'not available', probe.error.code, '', '', '']);
      continue;
    }
    const op = await time(() => core.call(c.op, c.input), c.iterations ?? iterations);
    const raw = await time(() => c.raw(core), c.iterations ?? iterations);
    rows.push([c.label, op.p50.toFixed(2), op.p95.toFixed(2), raw.p50.toFixed(2), raw.p95.toFixed(2), `${(op.p95 / raw.p95).toFixed(2)}×`]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
  const renderer = await rendererFigures(core);
  if (typeof renderer === 'string') console.log(`renderer: ${renderer}`);
  else {
    console.log(`renderer: first dashboard paint ${renderer.firstPaintMs.toFixed(0)} ms (Chromium, browser mode)`);
    for (const [list, n] of Object.entries(renderer.domRows)) console.log(`renderer: ${list} has ${n} rows in the DOM`);
  }
  console.log('Targets: UI ops p95 ≤ 5 ms and ≤ 1.5× raw; core start ≤ 150 ms; first paint ≤ 1 s; < 100 DOM rows per list; export all ≤ 2 s.');
  core.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
