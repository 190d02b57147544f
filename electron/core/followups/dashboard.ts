import { and, asc, count, eq, gte, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { commitments, meetings, mentors } from '../db/schema';
import { dayIn, firstDayOfMonth, lastDayOfMonth, monthOf } from './calendar';
import { commitmentViews } from './commitment-views';
import { MEASURE_DEFINITIONS, rates } from './measures';
import type { CommitmentView, RateResult } from './types';

export interface DashboardMeeting {
  id: number;
  scheduledAt: string;
  durationMinutes: number;
  mentorId: number;
  mentorName: string;
  agendaCount: number;
  /** Prepared = has an agenda. */
  prepared: boolean;
}

export interface Dashboard {
  today: string;
  isNewUser: boolean;
  dueToday: CommitmentView[];
  overdue: CommitmentView[];
  upcomingMeetings: DashboardMeeting[];
  awaitingReportBack: CommitmentView[];
  /** The lists hold at most a handful each; these say how many there are in all. */
  totals: { dueToday: number; overdue: number; awaitingReportBack: number };
  thisMonth: RateResult;
  definition: string;
}

const DAY_MS = 86_400_000;
const LIST_LIMIT = 20;

/** "Today": what needs the user now, each item actionable in place. */
export function dashboard(db: Db, now: Date, timeZone: string): Dashboard {
  const today = dayIn(now, timeZone);
  const nowIso = now.toISOString();
  const notSnoozed = sql`(${commitments.snoozedUntil} is null or ${commitments.snoozedUntil} <= ${nowIso})`;
  const dueTodayWhere = and(eq(commitments.status, 'open'), eq(commitments.dueDate, today), notSnoozed);
  const overdueWhere = and(eq(commitments.status, 'open'), lt(commitments.dueDate, today), notSnoozed);
  const awaitingWhere = and(eq(commitments.status, 'done'), isNull(commitments.reportedBackAt));
  const total = (where: SQL | undefined) => db.select({ n: count() }).from(commitments).where(where).get()!.n;
  const upcomingMeetings = db
    .select({
      id: meetings.id,
      scheduledAt: meetings.scheduledAt,
      durationMinutes: meetings.durationMinutes,
      mentorId: meetings.mentorId,
      mentorName: mentors.name,
      agendaCount: sql<number>`(select count(*) from agenda_items a where a.meeting_id = ${meetings.id})`,
    })
    .from(meetings)
    .innerJoin(mentors, eq(mentors.id, meetings.mentorId))
    .where(and(eq(meetings.status, 'planned'), gte(meetings.scheduledAt, nowIso), lt(meetings.scheduledAt, new Date(now.getTime() + 7 * DAY_MS).toISOString())))
    .orderBy(asc(meetings.scheduledAt))
    .all()
    .map((m) => ({ ...m, prepared: m.agendaCount > 0 }));
  const month = monthOf(today);
  const hasAnything = db.select({ id: mentors.id }).from(mentors).limit(1).get() ?? db.select({ id: commitments.id }).from(commitments).limit(1).get();
  return {
    today,
    isNewUser: !hasAnything,
    dueToday: commitmentViews(db, dueTodayWhere, today, { limit: LIST_LIMIT }),
    overdue: commitmentViews(db, overdueWhere, today, { limit: LIST_LIMIT }),
    totals: { dueToday: total(dueTodayWhere), overdue: total(overdueWhere), awaitingReportBack: total(awaitingWhere) },
    upcomingMeetings,
    awaitingReportBack: commitmentViews(db, awaitingWhere, today, { order: 'recentlyDone', limit: LIST_LIMIT }),
    thisMonth: rates(db, { from: firstDayOfMonth(month), to: lastDayOfMonth(month) }, now, timeZone),
    definition: MEASURE_DEFINITIONS.followThroughRate,
  };
}
