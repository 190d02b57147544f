// A child process for the two-processes test: writes to one database file for a bounded time, either
// through the background paths that run outside dispatch (reminder claims, calendar refreshes) or through
// dispatch like a request, and prints one line per committed write ("ack <what> <value>") or failure
// ("fail <sqlite code> <message>").
// Usage: node background-writer.cjs <database> <migrations folder> <background|dispatch> <start at ms> <run ms>
import fs from 'node:fs';
import { importIcsFile } from '../../electron/core/calendars/ics-import';
import { openStore } from '../../electron/core/db/migrate';
import { dispatch } from '../../electron/core/handlers';
import type { Context } from '../../electron/core/operation';
import { claimReminders } from '../../electron/core/reminders/reminder-log';
import type { Reminder } from '../../electron/core/reminders/types';
import { calendar } from './calendars';

const say = (line: string) => fs.writeSync(1, `${line}\n`);

async function main() {
  const [databasePath, migrationsFolder, mode, startAt, runMs] = process.argv.slice(2);
  const store = await openStore({ path: databasePath, migrationsFolder });
  const ctx: Context = { store, db: store.db, now: () => new Date(), appVersion: 'background-writer', platform: {} };
  while (Date.now() < Number(startAt)) await new Promise((resolve) => setTimeout(resolve, 5));
  const until = Date.now() + Number(runMs);
  for (let n = 0; Date.now() < until; n++) {
    try {
      if (mode === 'dispatch') {
        const result = await dispatch(ctx, 'mentors.create', { name: `Request mentor ${n}` });
        if (result.ok) say(`ack mentor Request mentor ${n}`);
        else say(`fail ${result.error.code} ${result.error.message}`);
      } else if (n % 2 === 0) {
        // As the reminder scheduler does: read which keys were claimed, then insert the new ones.
        const reminder: Reminder = { key: `commitment:${n}:due`, kind: 'commitment-due', title: `Commitment ${n}`, body: '', route: '/follow-ups', dueAt: new Date().toISOString(), overdue: false };
        const claimed = claimReminders(store.db, [reminder], new Date());
        if (claimed.length === 1) say(`ack reminder ${reminder.key}`);
      } else {
        // As a calendar refresh does: read the stored events, then write what changed.
        const uid = `event-${n}@background`;
        const text = calendar([{ uid, summary: `Event ${n}`, start: '20261201T100000Z', end: '20261201T110000Z' }], { name: 'Background' });
        importIcsFile(store.db, { fileName: 'background.ics', text, timeZone: 'UTC' }, new Date());
        say(`ack event ${uid}`);
      }
    } catch (error) {
      say(`fail ${(error as { code?: string }).code ?? 'none'} ${error instanceof Error ? error.message : String(error)}`);
    }
    // Yield now and then, as a scheduler between rounds does.
    if (n % 4 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  store.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
