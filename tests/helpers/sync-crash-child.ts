// A child process for the sync crash test: makes changes and syncs ("write"), or only syncs ("apply"), printing
// one line per committed step. The parent kills it with SIGKILL at random moments, mid-file or mid-apply.
// Usage: node sync-crash-child.cjs <database> <migrations folder> <write|apply> <first seq>
import fs from 'node:fs';
import path from 'node:path';
import { startCore } from '../../electron/core/app-core';

export const CRASH_PASSPHRASE = 'crash test passphrase';
const say = (line: string) => fs.writeSync(1, `${line}\n`);

async function main() {
  const [databasePath, migrationsFolder, mode, firstSeq] = process.argv.slice(2);
  const core = await startCore({ dataDir: path.dirname(databasePath), databasePath, migrationsFolderCandidates: [migrationsFolder], appVersion: 'crash' });
  const call = async (name: string, input: unknown) => {
    const result = await core.call(name, input);
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  };
  // A new process has no key in memory (browser-mode behaviour): the passphrase opens it again.
  await call('sync.unlock', { passphrase: CRASH_PASSPHRASE });
  say('ready');
  for (let seq = Number(firstSeq); ; seq++) {
    if (mode === 'write') {
      await call('mentors.create', { name: `Synced mentor ${seq}`, notes: 'n'.repeat(seq % 3_000) });
      say(`ack Synced mentor ${seq}`);
      if (seq % 3 === 0) await call('sync.now', {});
    } else {
      await call('sync.now', {});
      say('applied');
    }
  }
}

if (process.argv[1]?.includes('sync-crash-child')) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
