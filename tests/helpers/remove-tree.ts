import fs from 'node:fs';

/**
 * Removes a test's folder and everything in it. Retried a few times: a background writer (an export worker, a
 * sync round, a server being stopped) may add a file while the tree is being removed (ENOTEMPTY).
 */
export function removeTree(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
}
