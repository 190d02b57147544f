import type { Handlers } from '../operation';
import { restoreOverDamagedFile } from '../db/put-copy-in-place';
import { dayIn } from '../zoned-time';
import type { backupContract } from './contract';
import { copiesFolder, copyDatabaseNow, listCopies, pruneCopies, restoreCopy } from './daily-copies';
import { applyBackup, createBackup, parseBackup } from './json-backup';
import { writeSafetyCopy } from './safety-copies';

export const backupHandlers: Handlers<typeof backupContract> = {
  'backup.export': (ctx, { timeZone }) => ({
    fileName: `mentor-planner-backup-${dayIn(ctx.now(), timeZone)}.json`,
    content: JSON.stringify(createBackup(ctx.db, ctx.now(), ctx.appVersion), null, 1),
  }),
  'backup.restore': async (ctx, { content, mode }) => {
    const backup = parseBackup(content);
    // Whatever the mode, the current data is copied aside first: a restore can always be undone.
    const safetyCopy = await writeSafetyCopy(ctx.store, 'import', ctx.now());
    const counts = applyBackup(ctx.db, backup, mode);
    pruneCopies(ctx.store);
    return { counts, safetyCopy };
  },
  'backup.copies': (ctx) => ({ folder: copiesFolder(ctx.store), copies: listCopies(ctx.store) }),
  'backup.copyNow': (ctx) => copyDatabaseNow(ctx.store, ctx.now(), ctx.health),
  // A damaged file cannot be read table by table: the whole file is swapped for the copy instead.
  'backup.restoreCopy': (ctx, { fileName }) => (ctx.health?.damaged ? restoreOverDamagedFile(ctx, fileName) : restoreCopy(ctx.store, fileName, ctx.now())),
};
