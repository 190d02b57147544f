import { z } from 'zod';
import { timeZone } from '../fields';
import { input, query, task } from '../operation';
import type { DatabaseCopy } from './daily-copies';

export const backupContract = {
  'backup.export': query(input({ timeZone }).prefault({})).returns<{ fileName: string; content: string }>(),
  /** Validates the whole file, copies the current database aside, then applies it in one transaction. */
  'backup.restore': task(input({ content: z.string().max(512 * 1024 * 1024), mode: z.enum(['replace', 'merge']) })).returns<{
    counts: Record<string, number>;
    safetyCopy: string | null;
  }>(),
  'backup.copies': query(input({}).optional().default({})).returns<{ folder: string; copies: DatabaseCopy[] }>(),
  /** Today's daily copy if it is still due, otherwise an extra copy: either way a copy of the data as it is now. */
  'backup.copyNow': task(input({}).optional().default({})).returns<DatabaseCopy>(),
  'backup.restoreCopy': task(input({ fileName: z.string().min(1).max(200) })).returns<{ safetyCopy: string }>(),
};
