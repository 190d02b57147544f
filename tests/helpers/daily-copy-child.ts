// A child process for the daily-copy crash test: takes one daily copy after another (a new day each
// time) and prints "copied <file>" after each. The parent kills it with SIGKILL at random moments.
// Usage: node daily-copy-child.cjs <database> <migrations folder> <first day number>
import fs from 'node:fs';
import { runDailyCopyIfDue } from '../../electron/core/backup/daily-copies';
import { openStore } from '../../electron/core/db/migrate';

async function main() {
  const [databasePath, migrationsFolder, firstDay] = process.argv.slice(2);
  const store = await openStore({ path: databasePath, migrationsFolder });
  fs.writeSync(1, 'ready\n');
  for (let day = Number(firstDay); ; day++) {
    const copy = await runDailyCopyIfDue(store, new Date(Date.UTC(2026, 0, day, 12)));
    fs.writeSync(1, `copied ${copy?.fileName}\n`);
  }
}

if (process.argv[1]?.includes('daily-copy-child')) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
