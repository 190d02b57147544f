import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { stats, type Stats } from './bench-stats';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

export interface StartFigures {
  notDue: Stats & { loadMs: number; identityMs: number };
  due: Stats & { copyMs: number };
}

/** Core start in fresh processes on a copy of the database: open + migration check + first dashboard. */
export function coreStart(file: string, nowIso: string, runs: number): StartFigures | string {
  const dir = path.join(path.dirname(file), 'bench-start');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const copy = path.join(dir, 'mentor-planner.db');
  fs.copyFileSync(file, copy);
  const once = (mode: 'due' | 'not-due') => {
    if (mode === 'due') fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true });
    const result = spawnSync(tsx, [path.join(__dirname, 'bench-start-child.ts'), copy, mode, nowIso], { encoding: 'utf8', timeout: 300_000 });
    if (result.status !== 0) throw new Error(result.stderr || `core start exited ${result.status}`);
    return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { loadMs: number; identityMs: number; startMs: number; copyMs: number };
  };
  try {
    once('due'); // takes today's copy, so the 'not due' runs find it; also warms tsx's cache
    const notDue = Array.from({ length: runs }, () => once('not-due'));
    const due = Array.from({ length: runs }, () => once('due'));
    return {
      notDue: { ...stats(notDue.map((r) => r.startMs)), loadMs: stats(notDue.map((r) => r.loadMs)).p50, identityMs: stats(notDue.map((r) => r.identityMs)).p50 },
      due: { ...stats(due.map((r) => r.startMs)), copyMs: stats(due.map((r) => r.copyMs)).p50 },
    };
  } catch (error) {
    return `not available (${error instanceof Error ? error.message.split('\n')[0] : error})`;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface ServerProcess {
  url: string;
  token: string;
  child: ChildProcess;
  call(op: string, input: unknown): Promise<unknown>;
  stop(): Promise<void>;
}

/** The built browser-mode server (out/main/serve.js), in its own process, on this database. */
export async function startServerProcess(outDir: string, file: string): Promise<ServerProcess | string> {
  const entry = path.join(outDir, 'main/serve.js');
  if (!fs.existsSync(entry) || !fs.existsSync(path.join(outDir, 'renderer/index.html'))) return 'not available (run npm run build first)';
  const child = spawn(process.execPath, [entry, '--no-open'], { env: { ...process.env, MENTOR_PLANNER_DB: file, CI: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${out}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /Open: (\S+)/.exec(out);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`the server exited (${code}): ${out}`)));
  }).catch((error: Error) => error);
  if (url instanceof Error) return `not available (${url.message.split('\n')[0]})`;
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token')!;
  return {
    url,
    token,
    child,
    call: async (op, input) => {
      const response = await fetch(`${parsed.origin}/api/call/${op}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(input ?? {}) });
      return response.json();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export interface RendererFigures {
  firstDashboardMs: number[];
  /** Per page: every li on it, and the longest single list (ul/ol/role=list children). */
  domRows: Record<string, { total: number; longest: number }>;
}

/** First dashboard content, timed inside the page (performance.now() from navigation start), and list sizes. */
export async function rendererFigures(server: ServerProcess, pages: [label: string, route: string, ready: string][], runs: number): Promise<RendererFigures | string> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) return 'not available (no Chromium)';
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const context = await browser.newContext();
    // No named functions inside: tsx (esbuild keepNames) would wrap them in a helper the page lacks.
    await context.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[aria-label="Due today and overdue"] h2')) return;
        performance.mark('first-dashboard-content');
        (window as unknown as { firstDashboardMs: number }).firstDashboardMs = performance.now();
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    const firstDashboardMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      // 'commit': the in-page timer measures the paint; waiting for 'load' here only risks a timeout on a busy machine.
      await page.goto(server.url, { waitUntil: 'commit', timeout: 120_000 });
      await page.waitForFunction(() => (window as unknown as { firstDashboardMs?: number }).firstDashboardMs !== undefined, undefined, { timeout: 120_000 });
      firstDashboardMs.push(await page.evaluate(() => (window as unknown as { firstDashboardMs: number }).firstDashboardMs));
      await page.close();
    }
    const page = await context.newPage();
    const domRows: RendererFigures['domRows'] = {};
    for (const [label, route, ready] of pages) {
      await page.goto(`${server.url}${route}`, { waitUntil: 'commit', timeout: 120_000 });
      await page.waitForSelector(ready, { timeout: 120_000 });
      const longest = await page.evaluate(() => Math.max(0, ...[...document.querySelectorAll('ul, ol, [role="list"]')].map((list) => list.querySelectorAll(':scope > li, :scope > [role="listitem"], :scope > div > [role="listitem"]').length)));
      domRows[label] = { total: await page.locator('li').count(), longest };
    }
    return { firstDashboardMs, domRows };
  } finally {
    await browser.close();
  }
}
