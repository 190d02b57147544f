import type { Handlers } from '../operation';
import type { exportContract } from './contract';
import { followUpEmail, progressUpdate } from './emails';
import { exportMeetings } from './exports';
import { saveExport, showSavedInFolder } from './save';

export const exportHandlers: Handlers<typeof exportContract> = {
  'export.meetings': (ctx, { selection, format, timeZone }) => exportMeetings(ctx.db, selection, format, ctx.now(), timeZone),
  'export.save': (ctx, { selection, format, timeZone }) => saveExport(ctx.db, ctx.platform, selection, format, ctx.now(), timeZone),
  'export.showInFolder': (ctx, { path }) => (showSavedInFolder(ctx.platform, path), null),
  'export.followUpEmail': (ctx, { meetingId, timeZone, locale }) => followUpEmail(ctx.db, meetingId, { timeZone, locale }),
  'export.progressUpdate': (ctx, { mentorId, timeZone, locale }) => progressUpdate(ctx.db, mentorId, ctx.now(), { timeZone, locale }),
};
