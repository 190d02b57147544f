import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUT_DIR, REPO_ROOT } from '../helpers/paths';

// The benchmark runs on the small profile so it never rots; its figures are printed, never asserted.
describe('npm run bench (small profile)', () => {
  it('runs end to end and prints a row for every UI operation and the renderer figures', () => {
    const result = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), ['scripts/bench.ts', '--profile', 'small', '--iterations', '3', '--reseed'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, MP_OUT_DIR: OUT_DIR },
      timeout: 240_000,
    });
    console.log(result.stdout);
    expect(result.status, result.stderr).toBe(0);
    const labels = ['core start', 'core start, daily copy due', 'reminders (every page)', 'lookups: mentors', 'lookups: goals', 'dashboard', 'reconnect list', 'mentors list', 'mentor page', 'goals list', 'goal coverage', 'goal page', 'meetings: upcoming', 'meetings: past', 'meeting page', 'meeting page: backlog', 'meeting page: templates', 'prep brief', 'follow-ups board', 'advice library', 'measures', 'search', 'export one meeting', 'export one meeting HTML', 'export all to Markdown', 'export all to HTML'];
    for (const label of labels) {
      expect(result.stdout).toMatch(new RegExp(`^${label.replace(/[()]/g, '\\$&')}\\s+\\d+\\.\\d+`, 'm'));
    }
    expect(result.stdout).toMatch(/^export all, wall time \(the built worker, start-up included\): Markdown \d+\.?\d* ms \(CPU \d+\.?\d* ms\) in the worker/m);
    expect(result.stdout).toMatch(/^PDF of one meeting: not measured here/m);
    expect(result.stdout).toMatch(/renderer: first dashboard paint \d+ ms/);
    expect(result.stdout).toMatch(/renderer: follow-ups board has \d+ li in the DOM, \d+ in its longest list/);
    // Every raw query returned exactly its operation's rows (the bench exits non-zero otherwise).
    expect(result.stdout).not.toMatch(/RAW DIFFERS/);
  }, 300_000);
});
