import { and, asc, eq, gte, isNull, lt, lte, sql } from 'drizzle-orm';
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
  thisMonth: RateResult;
  definition: string;
}

const DAY_MS = 86_400_000;

/** "Today": what needs the user now, each item actionable in place. */
export function dashboard(db: Db, now: Date, timeZone: string): Dashboard {
  const today = dayIn(now, timeZone);
  const nowIso = now.toISOString();
  const open = commitmentViews(db, and(eq(commitments.status, 'open'), lte(commitments.dueDate, today), sql`(${commitments.snoozedUntil} is null or ${commitments.snoozedUntil} <= ${nowIso})`), today);
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
    dueToday: open.filter((c) => c.dueDate === today),
    overdue: open.filter((c) => c.dueDate !== null && c.dueDate < today),
    upcomingMeetings,
    awaitingReportBack: commitmentViews(db, and(eq(commitments.status, 'done'), isNull(commitments.reportedBackAt)), today, { newestFirst: true, limit: 50 }),
    thisMonth: rates(db, { from: firstDayOfMonth(month), to: lastDayOfMonth(month) }, now, timeZone),
    definition: MEASURE_DEFINITIONS.followThroughRate,
  };
}
