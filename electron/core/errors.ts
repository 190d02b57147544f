import { z } from 'zod';
import { faultPayload } from './db/faults';

export const ERROR_CODES = [
  'INVALID',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'TOO_LARGE',
  'UNKNOWN_OPERATION',
  /** The data file is in use by another Mentor Planner (desktop and browser mode at once); retry-able. */
  'BUSY',
  'DISK_FULL',
  'READ_ONLY',
  /** The data file failed SQLite's check: mutations are refused until a good copy is restored. */
  'DAMAGED',
  'CANNOT_OPEN',
  /** Another process put a backup copy in place of the data file this one has open: restart to use it. */
  'REPLACED',
  'NAME_TOO_LONG',
  /** The copy of the current data taken before a restore or import could not be written or checked: nothing was restored. */
  'SAFETY_COPY_FAILED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorIssue {
  path: (string | number)[];
  message: string;
}

/** What leaves any transport when an operation fails. Never a raw exception. */
export interface PlannerErrorPayload {
  code: ErrorCode;
  message: string;
  issues?: ErrorIssue[];
  /** True when the same call may succeed if simply tried again (nothing was saved this time). */
  retryable?: boolean;
}

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: PlannerErrorPayload };

/** A failure the user should hear about, thrown by services and turned into a payload at the boundary. */
export class PlannerError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ErrorIssue[],
    readonly retryable = false,
  ) {
    super(message);
    this.name = 'PlannerError';
  }
}

export const notFound = (what: string, id: number | string) =>
  new PlannerError('NOT_FOUND', `That ${what} (#${id}) no longer exists. It may have been deleted; refresh and try again.`);

export const conflict = (message: string) => new PlannerError('CONFLICT', message);
export const invalid = (message: string, issues?: ErrorIssue[]) => new PlannerError('INVALID', message, issues);

/** The newest good copy to put back when the data file was refused at start-up. */
export interface RestoreOffer {
  databasePath: string;
  copiesFolder: string;
  copy: { fileName: string; date: string } | null;
}

/** Failures opening or upgrading the store (before any operation can run). */
export class StoreError extends Error {
  readonly restoreOffer?: RestoreOffer;

  constructor(
    readonly code: 'MIGRATIONS_MISSING' | 'MIGRATION_FAILED' | 'NEWER_SCHEMA' | 'RESTORE_FAILED' | 'NOT_OUR_FILE' | 'DAMAGED_FILE',
    message: string,
    options?: { cause?: unknown; restoreOffer?: RestoreOffer },
  ) {
    super(message, options);
    this.restoreOffer = options?.restoreOffer;
    this.name = 'StoreError';
  }
}

export function issuesFromZod(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: issue.message,
  }));
}

export function toErrorPayload(error: unknown): PlannerErrorPayload {
  if (error instanceof PlannerError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.issues ? { issues: error.issues } : {}),
      ...(error.retryable ? { retryable: true } : {}),
    };
  }
  if (error instanceof z.ZodError) {
    return { code: 'INVALID', message: 'Some fields need attention.', issues: issuesFromZod(error) };
  }
  const sqliteCode = (error as { code?: unknown })?.code;
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_CONSTRAINT')) {
    return {
      code: 'CONFLICT',
      message: 'That change would break a link between records (for example, it refers to something that no longer exists). Nothing was saved.',
    };
  }
  const fault = faultPayload(error);
  if (fault) return fault;
  return {
    code: 'INTERNAL',
    message: 'Something went wrong inside Mentor Planner and nothing was saved. Try again; if it keeps happening, restart the app.',
  };
}
