import type { PlannerErrorPayload } from '../errors';

/**
 * Sentences for the faults of the disk and the data file (SQLite result codes and Node's file-system
 * codes), so a person reads what happened and what to do instead of "something went wrong".
 */
export const FAULT_MESSAGES = {
  BUSY: 'Another Mentor Planner (a second window or browser mode) was saving to the same data at that moment, so this change was not saved. Try again.',
  DISK_FULL: 'The disk is full: nothing was saved. Free some space and try again.',
  READ_ONLY: 'Mentor Planner is not allowed to write to its data (the file or its folder is read-only), so nothing was saved. Check the permissions of the data folder, then restart the app.',
  DAMAGED: 'Your data file is damaged, so Mentor Planner is keeping it read-only and nothing was saved. Restore the newest good copy in Settings → Backups.',
  REPLACED:
    'Another Mentor Planner (a second window or browser mode) put a backup copy in place of your data, so this change was not saved. Close this one and open Mentor Planner again to work on the restored data.',
  CANNOT_OPEN: 'Mentor Planner could not open a file it needs (it may have been moved, or a drive was disconnected). Nothing was saved. Check the data folder is there, then try again.',
  NAME_TOO_LONG: 'That file name is too long for this disk. Choose a shorter name or folder and try again.',
} as const;

/** The same faults met while writing a file the user chose (an export, a copy), not the data file. */
const FILE_MESSAGES: Partial<Record<FaultCode, string>> = {
  READ_ONLY: 'Mentor Planner is not allowed to write there (the file or folder is read-only), so nothing was written. Choose another place or check its permissions, then try again.',
  CANNOT_OPEN: 'That file or folder is no longer there (it may have been moved, or a drive was disconnected). Choose another place and try again.',
};

type FaultCode = keyof typeof FAULT_MESSAGES;

const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code;

/** Which fault an error from better-sqlite3 or node:fs is, if it is one. */
export function faultCode(error: unknown): FaultCode | null {
  const code = codeOf(error);
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'BUSY';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'DISK_FULL';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'READ_ONLY';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'DAMAGED';
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'ENOENT') return 'CANNOT_OPEN';
  if (code === 'ENAMETOOLONG') return 'NAME_TOO_LONG';
  return null;
}

export function faultPayload(error: unknown): PlannerErrorPayload | null {
  const code = faultCode(error);
  if (!code) return null;
  const fromFileSystem = !String(codeOf(error)).startsWith('SQLITE_');
  const message = (fromFileSystem && FILE_MESSAGES[code]) || FAULT_MESSAGES[code];
  return { code, message, ...(code === 'BUSY' || code === 'DISK_FULL' ? { retryable: true } : {}) };
}
