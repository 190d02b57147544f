import fs from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../operation';
import type { backupContract } from './contract';
import { copiesFolder, listCopies, pruneCopies, restoreCopy, runDailyCopyIfDue, safetyCopyPath } from './daily-copies';
import { applyBackup, createBackup, parseBackup } from './json-backup';

export const backupHandlers: Handlers<typeof backupContract> = {
  'backup.export': (ctx) => ({
    fileName: `mentor-planner-backup-${ctx.now().toISOString().slice(0, 10)}.json`,
    content: JSON.stringify(createBackup(ctx.db, ctx.now(), ctx.appVersion), null, 1),
  }),
  'backup.restore': async (ctx, { content, mode }) => {
    const backup = parseBackup(content);
    // Whatever the mode, the current data is copied aside first: a restore can always be undone.
    const safetyCopy = safetyCopyPath(ctx.store, 'import', ctx.now());
    fs.mkdirSync(path.dirname(safetyCopy), { recursive: true });
    await ctx.store.sqlite.backup(safetyCopy);
    const counts = applyBackup(ctx.db, backup, mode);
    pruneCopies(ctx.store);
    return { counts, safetyCopy: path.basename(safetyCopy) };
  },
  'backup.copies': (ctx) => ({ folder: copiesFolder(ctx.store), copies: listCopies(ctx.store) }),
  'backup.copyNow': (ctx) => runDailyCopyIfDue(ctx.store, ctx.now()),
  'backup.restoreCopy': (ctx, { fileName }) => restoreCopy(ctx.store, fileName, ctx.now()),
};
