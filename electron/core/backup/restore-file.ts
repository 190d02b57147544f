import fs from 'node:fs';
import path from 'node:path';
import { invalid } from '../errors';
import type { Context } from '../operation';
import { MAX_BACKUP_BYTES } from './contract';
import { pruneCopies } from './daily-copies';
import { applyBackup, parseBackup } from './json-backup';
import { writeSafetyCopy } from './safety-copies';

export type RestoreMode = 'replace' | 'merge';

/** Validates the whole file, copies the current data aside (a restore can always be undone), then applies it. */
export async function restoreBackupText(ctx: Context, content: string, mode: RestoreMode) {
  const backup = parseBackup(content);
  const safetyCopy = await writeSafetyCopy(ctx.store, 'import', ctx.now());
  const counts = applyBackup(ctx.db, backup, mode);
  pruneCopies(ctx.store);
  return { counts, safetyCopy };
}

/**
 * Restores the backup file the shell's "choose a backup file" gives: the open dialog on the desktop, the
 * uploaded file in browser mode. Null when the user cancelled.
 */
export async function restoreChosenBackupFile(ctx: Context, mode: RestoreMode) {
  if (!ctx.platform.chooseBackupFile) {
    throw invalid('Choosing a backup file on this computer needs the desktop app. In the browser, choose the file under “Restore from a backup file”.');
  }
  const file = await ctx.platform.chooseBackupFile();
  if (!file) return null;
  const size = fs.statSync(file, { throwIfNoEntry: false });
  if (!size?.isFile()) throw invalid('That backup file could not be found. Choose it again. Nothing was changed.');
  if (size.size > MAX_BACKUP_BYTES) throw invalid('That file is larger than any Mentor Planner backup (512 MB), so it was not read. Nothing was changed.');
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch {
    throw invalid('That backup file could not be read. Check that it is not open elsewhere and that you may read it, then try again. Nothing was changed.');
  }
  return { ...(await restoreBackupText(ctx, content, mode)), fileName: path.basename(file) };
}
