import { and, eq, gt, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { commitments } from '../db/schema';
import { addDays, dayIn, startOfNextWeek, type Weekday } from '../zoned-time';
import { preparedCappedCount } from '../db/prepared';
import { preparedCommitmentViews } from './commitment-views';
import { overdueCondition } from './overdue';
import { BOARD_BUCKETS, type BoardBucket, type FollowUpBoard } from './types';

const today = sql.placeholder('today');

/**
 * Each bucket's condition in SQL, so a bucket is read with its own index scan and LIMIT. "This week"
 * runs to `weekEnd`, the last day of the user's week (from the locale's first day of the week).
 */
function bucketCondition(bucket: BoardBucket): SQL {
  const open = eq(commitments.status, 'open');
  switch (bucket) {
    case 'overdue':
      return overdueCondition(today);
    case 'dueToday':
      return and(open, eq(commitments.dueDate, today))!;
    case 'dueThisWeek':
      return and(open, gt(commitments.dueDate, today), lte(commitments.dueDate, sql.placeholder('weekEnd')))!;
    case 'later':
      return and(open, gt(commitments.dueDate, sql.placeholder('weekEnd')))!;
    case 'noDate':
      return and(open, isNull(commitments.dueDate))!;
    case 'done':
      // Done and still to report back is listed once, under "Awaiting report-back".
      return and(eq(commitments.status, 'done'), isNotNull(commitments.reportedBackAt))!;
    case 'dropped':
      return eq(commitments.status, 'dropped');
  }
}

type Filter = { mentorId?: number; goalId?: number };

/** The mentor and goal filters as placeholders; which of them apply is part of the statement's key. */
const filterKey = (filter: Filter) => `${filter.mentorId ? 'mentor' : ''}:${filter.goalId ? 'goal' : ''}`;
const filtered = (filter: Filter, condition: SQL) =>
  and(filter.mentorId ? eq(commitments.mentorId, sql.placeholder('mentorId')) : undefined, filter.goalId ? eq(commitments.goalId, sql.placeholder('goalId')) : undefined, condition);

/**
 * The follow-ups board: open commitments by due date in the user's calendar (overdue, today, this week,
 * later, no date), then the most recently done and dropped, and what awaits report-back. Each list holds
 * at most `perBucket` items (soonest due first; latest closed first) and says how many there are in all
 * (up to COUNT_CAP).
 */
export function followUpBoard(db: Db, filter: Filter & { perBucket?: number }, now: Date, timeZone: string, firstDayOfWeek: Weekday): FollowUpBoard {
  const day = dayIn(now, timeZone);
  const limit = filter.perBucket ?? 50;
  const params = { today: day, weekEnd: addDays(startOfNextWeek(day, firstDayOfWeek), -1), mentorId: filter.mentorId, goalId: filter.goalId, limit };
  const buckets = {} as FollowUpBoard['buckets'];
  const totals = {} as FollowUpBoard['totals'];
  for (const bucket of BOARD_BUCKETS) {
    const key = `board:${bucket}:${filterKey(filter)}`;
    const where = () => filtered(filter, bucketCondition(bucket));
    buckets[bucket] = preparedCommitmentViews(db, key, where, bucket === 'done' ? 'recentlyDone' : bucket === 'dropped' ? 'recentlyDropped' : 'due', params, day);
    totals[bucket] = buckets[bucket].length < limit ? buckets[bucket].length : preparedCappedCount(db, key, commitments, where, params);
  }
  const awaitingKey = `board:awaiting:${filterKey(filter)}`;
  const awaitingWhere = () => filtered(filter, and(eq(commitments.status, 'done'), isNull(commitments.reportedBackAt))!);
  const awaitingReportBack = preparedCommitmentViews(db, awaitingKey, awaitingWhere, 'recentlyDone', params, day);
  const awaitingTotal = awaitingReportBack.length < limit ? awaitingReportBack.length : preparedCappedCount(db, awaitingKey, commitments, awaitingWhere, params);
  return { today: day, buckets, totals, awaitingReportBack, awaitingTotal };
}
