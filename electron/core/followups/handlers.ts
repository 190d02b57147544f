import type { Handlers } from '../operation';
import { adviceLibrary, setAdviceVerdict } from './advice-library';
import { followUpBoard } from './board';
import {
  completeCommitment,
  createCommitment,
  deleteCommitment,
  dropCommitment,
  markReportedBack,
  reopenCommitment,
  snoozeCommitment,
  updateCommitment,
} from './commitments';
import type { followupsContract } from './contract';
import { dashboard } from './dashboard';
import { ratesReport } from './measures';
import { draftReportBack } from './report-back';

export const followupsHandlers: Handlers<typeof followupsContract> = {
  'commitments.create': (ctx, values) => createCommitment(ctx.db, values, ctx.now()),
  'commitments.update': (ctx, { id, changes }) => updateCommitment(ctx.db, id, changes, ctx.now()),
  'commitments.complete': (ctx, { id, outcome }) => completeCommitment(ctx.db, id, outcome, ctx.now()),
  'commitments.drop': (ctx, { id, reason }) => dropCommitment(ctx.db, id, reason, ctx.now()),
  'commitments.reopen': (ctx, { id }) => reopenCommitment(ctx.db, id, ctx.now()),
  'commitments.snooze': (ctx, { id, until }) => snoozeCommitment(ctx.db, id, until, ctx.now()),
  'commitments.markReported': (ctx, { id }) => markReportedBack(ctx.db, id, ctx.now()),
  'commitments.delete': (ctx, { id }) => (deleteCommitment(ctx.db, id), null),
  'commitments.reportBackDraft': (ctx, { id }) => draftReportBack(ctx.db, id),
  'followups.board': (ctx, { timeZone, firstDayOfWeek, ...filter }) => followUpBoard(ctx.db, filter, ctx.now(), timeZone, firstDayOfWeek),
  'measures.report': (ctx, { timeZone, ...period }) => ratesReport(ctx.db, period, ctx.now(), timeZone),
  'dashboard.today': (ctx, { timeZone }) => dashboard(ctx.db, ctx.now(), timeZone),
  'advice.library': (ctx, filter) => adviceLibrary(ctx.db, filter),
  'advice.setVerdict': (ctx, { id, verdict }) => setAdviceVerdict(ctx.db, id, verdict, ctx.now()),
};
