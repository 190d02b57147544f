// A child process for the two-processes test: writes to one database file for a bounded time, either
// through the background paths that run outside dispatch (reminder claims, calendar refreshes, sync rounds
// into <sync folder>, set up first) or through dispatch like a request, and prints one line per committed
// write ("ack <what> <value>") or failure ("fail <sqlite code> <message>").
// Usage: node background-writer.cjs <database> <migrations folder> <background|dispatch> <start at ms> <run ms> [sync folder]
import fs from 'node:fs';
import path from 'node:path';
import { startCore } from '../../electron/core/app-core';
import { importIcsFile } from '../../electron/core/calendars/ics-import';
import { claimReminders } from '../../electron/core/reminders/reminder-log';
import { syncRound } from '../../electron/core/sync/service';
import type { Reminder } from '../../electron/core/reminders/types';
import { calendar } from './calendars';

const say = (line: string) => fs.writeSync(1, `${line}\n`);

async function main() {
  const [databasePath, migrationsFolder, mode, startAt, runMs, syncFolder] = process.argv.slice(2);
  const core = await startCore({ dataDir: path.dirname(databasePath), databasePath, migrationsFolderCandidates: [migrationsFolder], appVersion: 'background-writer', dailyCopyAfterMs: null });
  const store = core.store;
  if (syncFolder) {
    const setUp = await core.call('sync.setUp', { target: { kind: 'folder', path: syncFolder }, passphrase: 'correct horse battery', deviceName: 'Background' });
    if (!setUp.ok) say(`fail sync.setUp ${setUp.error.message}`);
  }
  // Both start together once sync is on (the writes before it go out in the set-up's snapshot instead).
  const go = `${databasePath}.go`;
  if (mode === 'background') fs.writeFileSync(go, '');
  while (Date.now() < Number(startAt) || !fs.existsSync(go)) await new Promise((resolve) => setTimeout(resolve, 5));
  const until = Date.now() + Number(runMs);
  for (let n = 0; Date.now() < until; n++) {
    try {
      if (mode === 'dispatch') {
        const result = await core.call('mentors.create', { name: `Request mentor ${n}` });
        if (result.ok) say(`ack mentor Request mentor ${n}`);
        else say(`fail ${result.error.code} ${result.error.message}`);
      } else if (syncFolder && n % 10 === 9) {
        // As the sync loop does: fold this file's changes (the other process's too) and write them out.
        const report = await syncRound(core.ctx);
        say(`ack sync ${report?.wroteChanges ?? 'none'}`);
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
  core.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
