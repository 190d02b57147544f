import { and, asc, eq, gte, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { commitments, meetings, mentors } from '../db/schema';
import { dayIn, firstDayOfMonth, lastDayOfMonth, monthOf } from '../zoned-time';
import { prepared, preparedCappedCount } from '../db/prepared';
import { preparedCommitmentViews, type CommitmentOrder } from './commitment-views';
import { MEASURE_DEFINITIONS, rates } from './measures';
import { overdueCondition } from './overdue';
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
  /** The lists hold at most a handful each; these say how many there are in all (up to COUNT_CAP). */
  totals: { dueToday: number; overdue: number; awaitingReportBack: number };
  thisMonth: RateResult;
  definition: string;
}

const DAY_MS = 86_400_000;
const LIST_LIMIT = 20;

// Snoozed ones stay listed (with their snooze), so the counts agree with the board's: one overdue rule.
const dueTodayWhere = () => and(eq(commitments.status, 'open'), eq(commitments.dueDate, sql.placeholder('today')));
const overdueWhere = () => overdueCondition(sql.placeholder('today'));
const awaitingWhere = () => and(eq(commitments.status, 'done'), isNull(commitments.reportedBackAt));

/** "Today": what needs the user now, each item actionable in place. */
export function dashboard(db: Db, now: Date, timeZone: string): Dashboard {
  const today = dayIn(now, timeZone);
  const nowIso = now.toISOString();
  const params = { today, now: nowIso, limit: LIST_LIMIT };
  // A list shorter than its limit is its own count; only a full one asks SQLite (capped).
  const list = (key: string, where: () => SQL | undefined, order: CommitmentOrder) => {
    const views = preparedCommitmentViews(db, `dashboard:${key}`, where, order, params, today);
    return { views, total: views.length < LIST_LIMIT ? views.length : preparedCappedCount(db, `dashboard:${key}`, commitments, where, params) };
  };
  const dueToday = list('dueToday', dueTodayWhere, 'due');
  const overdue = list('overdue', overdueWhere, 'due');
  const awaiting = list('awaiting', awaitingWhere, 'recentlyDone');
  const upcomingMeetings = prepared(db, 'dashboard:upcomingMeetings', () =>
    db
      .select({
        id: meetings.id,
        scheduledAt: meetings.scheduledAt,
        durationMinutes: meetings.durationMinutes,
        mentorId: meetings.mentorId,
        mentorName: mentors.name,
        agendaCount: sql<number>`(select count(*) from agenda_items a where a.meeting_id = "meetings"."id")`,
      })
      .from(meetings)
      .innerJoin(mentors, eq(mentors.id, meetings.mentorId))
      .where(and(eq(meetings.status, 'planned'), gte(meetings.scheduledAt, sql.placeholder('now')), lt(meetings.scheduledAt, sql.placeholder('weekEnd'))))
      .orderBy(asc(meetings.scheduledAt))
      .prepare(),
  )
    .all({ now: nowIso, weekEnd: new Date(now.getTime() + 7 * DAY_MS).toISOString() })
    .map((m) => ({ ...m, prepared: m.agendaCount > 0 }));
  const month = monthOf(today);
  const hasAnything = prepared(db, 'dashboard:hasAnything', () =>
    db
      .select({ one: sql`1` })
      .from(mentors)
      .unionAll(db.select({ one: sql`1` }).from(commitments))
      .limit(1)
      .prepare(),
  ).get();
  return {
    today,
    isNewUser: !hasAnything,
    dueToday: dueToday.views,
    overdue: overdue.views,
    totals: { dueToday: dueToday.total, overdue: overdue.total, awaitingReportBack: awaiting.total },
    upcomingMeetings,
    awaitingReportBack: awaiting.views,
    thisMonth: rates(db, { from: firstDayOfMonth(month), to: lastDayOfMonth(month) }, now, timeZone),
    definition: MEASURE_DEFINITIONS.followThroughRate,
  };
}
