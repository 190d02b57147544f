// A child process for the restore crash test: restores a backup file (or a listed copy) through the
// real handler table and prints "done" when the call returned. The parent kills it with SIGKILL at random.
// Usage: node restore-child.cjs <database> <migrations folder> file <backup.json> | copy <file name> [kill-mid-copy]
// With kill-mid-copy it kills itself the moment a new file appears in backups/, while the copy is being written.
import fs from 'node:fs';
import path from 'node:path';
import { openStore } from '../../electron/core/db/migrate';
import { dispatch } from '../../electron/core/handlers';
import type { Context } from '../../electron/core/operation';

async function main() {
  const [databasePath, migrationsFolder, what, source, killMidCopy] = process.argv.slice(2);
  if (killMidCopy) {
    const folder = path.join(path.dirname(databasePath), 'backups');
    const before = new Set(fs.existsSync(folder) ? fs.readdirSync(folder) : []);
    setInterval(() => {
      if (fs.existsSync(folder) && fs.readdirSync(folder).some((name) => !before.has(name))) process.kill(process.pid, 'SIGKILL');
    }, 0);
  }
  const store = await openStore({ path: databasePath, migrationsFolder });
  const ctx: Context = { store, db: store.db, now: () => new Date(), appVersion: 'restore-child', platform: {} };
  fs.writeSync(1, 'ready\n');
  const result =
    what === 'file'
      ? await dispatch(ctx, 'backup.restore', { content: fs.readFileSync(source, 'utf8'), mode: 'replace' })
      : await dispatch(ctx, 'backup.restoreCopy', { fileName: source });
  fs.writeSync(1, result.ok ? 'done\n' : `failed ${JSON.stringify(result.error)}\n`);
  store.close();
}

void main();
