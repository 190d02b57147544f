import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(__dirname, '../..');

// The sync benchmark runs small here so it never rots; its figures are printed, never asserted.
describe('npm run bench:sync (small)', () => {
  it('prints the outbox cost per mutation and the time to apply remote changes', () => {
    const result = spawnSync(path.join(REPO, 'node_modules/.bin/tsx'), ['scripts/bench-sync.ts', '--changes', '300', '--mutations', '20'], {
      cwd: REPO,
      encoding: 'utf8',
      timeout: 120_000,
    });
    console.log(result.stdout);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/outbox cost per mutation \(p50 difference\)\s+-?\d+\.\d+ ms/);
    expect(result.stdout).toMatch(/apply 300 remote changes \(read, decrypt, merge\)\s+\d+\.\d+ ms/);
  }, 150_000);
});
