import { z } from 'zod';
import { calendarDate, id, locale, timeZone } from '../fields';
import { input, query, task } from '../operation';
import type { EmailDraft, ExportFile } from './types';
import { EXPORT_FORMATS } from './types';

export const exportSelection = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('meeting'), meetingId: id }),
  z.strictObject({ kind: z.literal('mentor'), mentorId: id }),
  z.strictObject({ kind: z.literal('range'), from: calendarDate, to: calendarDate }),
  z.strictObject({ kind: z.literal('all') }),
]);

/** Chosen by the caller, so it can follow an export's progress events and cancel it before the call returns. */
export const exportJobId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'An export id is 8 to 64 letters, digits, - or _.');

export const exportContract = {
  // Null when cancelled (export.cancel with the same jobId).
  'export.meetings': query(input({ selection: exportSelection, format: z.enum(EXPORT_FORMATS), timeZone, jobId: exportJobId.optional() })).returns<ExportFile[] | null>(),
  'export.save': task(input({ selection: exportSelection, format: z.enum([...EXPORT_FORMATS, 'pdf']), timeZone, jobId: exportJobId.optional() })).returns<{ paths: string[] } | null>(),
  'export.cancel': task(input({ jobId: exportJobId })).returns<null>(),
  'export.showInFolder': task(input({ path: z.string().min(1).max(4_096) })).returns<null>(),
  'export.followUpEmail': query(input({ meetingId: id, timeZone, locale })).returns<EmailDraft>(),
  'export.progressUpdate': query(input({ mentorId: id, timeZone, locale })).returns<EmailDraft & { markdown: string }>(),
};
