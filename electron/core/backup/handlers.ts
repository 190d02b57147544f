import type { Handlers } from '../operation';
import { restoreOverDamagedFile } from '../db/put-copy-in-place';
import { dayIn } from '../zoned-time';
import type { backupContract } from './contract';
import { copiesFolder, copyDatabaseNow, listCopies, restoreCopy } from './daily-copies';
import { createBackup } from './json-backup';
import { restoreBackupText, restoreChosenBackupFile } from './restore-file';

export const backupHandlers: Handlers<typeof backupContract> = {
  'backup.export': (ctx, { timeZone }) => ({
    fileName: `mentor-planner-backup-${dayIn(ctx.now(), timeZone)}.json`,
    content: JSON.stringify(createBackup(ctx.db, ctx.now(), ctx.appVersion), null, 1),
  }),
  'backup.restore': (ctx, { content, mode }) => restoreBackupText(ctx, content, mode),
  'backup.restoreFile': (ctx, { mode }) => restoreChosenBackupFile(ctx, mode),
  'backup.copies': (ctx) => ({ folder: copiesFolder(ctx.store), copies: listCopies(ctx.store) }),
  'backup.copyNow': (ctx) => copyDatabaseNow(ctx.store, ctx.now(), ctx.health),
  // A damaged file cannot be read table by table: the whole file is swapped for the copy instead.
  'backup.restoreCopy': (ctx, { fileName }) => (ctx.health?.damaged ? restoreOverDamagedFile(ctx, fileName) : restoreCopy(ctx.store, fileName, ctx.now())),
};
