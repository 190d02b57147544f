import type { Handlers } from '../operation';
import type { exportContract } from './contract';
import { followUpEmail, progressUpdate } from './emails';
import { exportMeetings } from './exports';
import { saveExport, showSavedInFolder } from './save';

export const exportHandlers: Handlers<typeof exportContract> = {
  'export.meetings': (ctx, { selection, format }) => exportMeetings(ctx.db, selection, format, ctx.now()),
  'export.save': (ctx, { selection, format }) => saveExport(ctx.db, ctx.platform, selection, format, ctx.now()),
  'export.showInFolder': (ctx, { path }) => (showSavedInFolder(ctx.platform, path), null),
  'export.followUpEmail': (ctx, { meetingId }) => followUpEmail(ctx.db, meetingId),
  'export.progressUpdate': (ctx, { mentorId }) => progressUpdate(ctx.db, mentorId, ctx.now()),
};
