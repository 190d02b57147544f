import { z } from 'zod';
import { timeZone } from '../fields';
import { input, query, task } from '../operation';
import type { DatabaseCopy } from './daily-copies';

/** The largest backup file a restore reads (a heavy user's ten years export about 56 MB). */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

const restoreMode = z.enum(['replace', 'merge']);
type RestoreResult = { counts: Record<string, number>; safetyCopy: string | null };

export const backupContract = {
  'backup.export': query(input({ timeZone }).prefault({})).returns<{ fileName: string; content: string }>(),
  /** Validates the whole file, copies the current database aside, then applies it in one transaction. */
  'backup.restore': task(input({ content: z.string().max(MAX_BACKUP_BYTES), mode: restoreMode })).returns<RestoreResult>(),
  /** The same, from the file the shell lets the user choose (desktop: open dialog; browser: the upload). Null if cancelled. */
  'backup.restoreFile': task(input({ mode: restoreMode })).returns<(RestoreResult & { fileName: string }) | null>(),
  'backup.copies': query(input({}).optional().default({})).returns<{ folder: string; copies: DatabaseCopy[] }>(),
  /** Today's daily copy if it is still due, otherwise an extra copy: either way a copy of the data as it is now. */
  'backup.copyNow': task(input({}).optional().default({})).returns<DatabaseCopy>(),
  'backup.restoreCopy': task(input({ fileName: z.string().min(1).max(200) })).returns<{ safetyCopy: string }>(),
};
