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

export const exportContract = {
  'export.meetings': query(input({ selection: exportSelection, format: z.enum(EXPORT_FORMATS), timeZone })).returns<ExportFile[]>(),
  'export.save': task(input({ selection: exportSelection, format: z.enum([...EXPORT_FORMATS, 'pdf']), timeZone })).returns<{ paths: string[] } | null>(),
  'export.showInFolder': task(input({ path: z.string().min(1).max(4_096) })).returns<null>(),
  'export.followUpEmail': query(input({ meetingId: id, timeZone, locale })).returns<EmailDraft>(),
  'export.progressUpdate': query(input({ mentorId: id, timeZone, locale })).returns<EmailDraft & { markdown: string }>(),
};
