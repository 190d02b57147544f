import type { Handlers } from '../operation';
import type { exportContract } from './contract';
import { followUpEmail, progressUpdate } from './emails';
import { cancelExport } from './jobs';
import { exportForDownload, saveExport, showSavedInFolder } from './save';

export const exportHandlers: Handlers<typeof exportContract> = {
  'export.meetings': (ctx, request) => exportForDownload(ctx, request),
  'export.save': (ctx, request) => saveExport(ctx, request),
  'export.cancel': (_ctx, { jobId }) => (cancelExport(jobId), null),
  'export.showInFolder': (ctx, { path }) => (showSavedInFolder(ctx.platform, path), null),
  'export.followUpEmail': (ctx, { meetingId, timeZone, locale }) => followUpEmail(ctx.db, meetingId, { timeZone, locale }),
  'export.progressUpdate': (ctx, { mentorId, timeZone, locale }) => progressUpdate(ctx.db, mentorId, ctx.now(), { timeZone, locale }),
};
