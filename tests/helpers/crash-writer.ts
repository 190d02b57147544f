// A child process for the crash-safety test: writes through the real services in a loop and prints one
// line per committed write ("ack <kind> <seq> <value>"). The parent kills it with SIGKILL at random.
// Usage: node --import tsx tests/helpers/crash-writer.ts <database> <migrations folder> <first seq>
import fs from 'node:fs';
import { isOperationName } from '../../electron/core/contract';
import { openStore } from '../../electron/core/db/migrate';
import { dispatch } from '../../electron/core/handlers';
import type { Context } from '../../electron/core/operation';

/** The value the settings write number `seq` stores (distinct for consecutive writes). */
export const meetingMinutesFor = (seq: number) => 5 + (seq % 470);

const ack = (line: string) => fs.writeSync(1, `ack ${line}\n`);

async function main() {
  const [databasePath, migrationsFolder, firstSeq] = process.argv.slice(2);
  const store = await openStore({ path: databasePath, migrationsFolder });
  const ctx: Context = { store, db: store.db, now: () => new Date(), appVersion: 'crash-writer', platform: {} };
  const call = async (name: string, input: unknown) => {
    const result = await dispatch(ctx, name, input);
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  };
  // Where an operation does not exist (yet), the same row goes in through one plain transaction.
  const insertRaw = (table: 'mentors' | 'goals', column: 'name' | 'title', value: string) =>
    store.sqlite.transaction(() => {
      const at = new Date().toISOString();
      store.sqlite.prepare(`INSERT INTO ${table} (${column}, created_at, updated_at) VALUES (?, ?, ?)`).run(value, at, at);
    })();

  fs.writeSync(1, 'ready\n');
  for (let seq = Number(firstSeq); ; seq++) {
    switch (seq % 3) {
      case 0:
        await call('settings.update', { defaultMeetingMinutes: meetingMinutesFor(seq) });
        ack(`settings ${seq} ${meetingMinutesFor(seq)}`);
        break;
      case 1:
        if (isOperationName('mentors.create')) await call('mentors.create', { name: `Crash mentor ${seq}`, notes: 'n'.repeat(seq % 4_000) });
        else insertRaw('mentors', 'name', `Crash mentor ${seq}`);
        ack(`mentor ${seq} Crash mentor ${seq}`);
        break;
      default:
        if (isOperationName('goals.create')) await call('goals.create', { title: `Crash goal ${seq}` });
        else insertRaw('goals', 'title', `Crash goal ${seq}`);
        ack(`goal ${seq} Crash goal ${seq}`);
    }
  }
}

if (process.argv[1]?.includes('crash-writer')) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
