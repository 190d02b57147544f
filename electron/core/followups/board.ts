import { and, count, eq, gt, isNull, lt, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { commitments } from '../db/schema';
import { addDays, dayIn } from './calendar';
import { commitmentFilter, commitmentViews } from './commitment-views';
import { BOARD_BUCKETS, type BoardBucket, type FollowUpBoard } from './types';

/** Each bucket's condition in SQL, so a bucket is read with its own index scan and LIMIT. */
function bucketCondition(bucket: BoardBucket, today: string): SQL {
  const open = eq(commitments.status, 'open');
  switch (bucket) {
    case 'overdue':
      return and(open, lt(commitments.dueDate, today))!;
    case 'dueToday':
      return and(open, eq(commitments.dueDate, today))!;
    case 'dueThisWeek':
      return and(open, gt(commitments.dueDate, today), lte(commitments.dueDate, addDays(today, 7)))!;
    case 'later':
      return and(open, gt(commitments.dueDate, addDays(today, 7)))!;
    case 'noDate':
      return and(open, isNull(commitments.dueDate))!;
    case 'done':
      return eq(commitments.status, 'done');
    case 'dropped':
      return eq(commitments.status, 'dropped');
  }
}

const countOf = (db: Db, where: SQL | undefined) => db.select({ n: count() }).from(commitments).where(where).get()!.n;

/**
 * The follow-ups board: open commitments by due date in the user's calendar (overdue, today, this week,
 * later, no date), then the most recently done and dropped, and what awaits report-back. Each list holds
 * at most `perBucket` items (soonest due first; latest closed first) and says how many there are in all.
 */
export function followUpBoard(db: Db, filter: { mentorId?: number; goalId?: number; perBucket?: number }, now: Date, timeZone: string): FollowUpBoard {
  const today = dayIn(now, timeZone);
  const limit = filter.perBucket ?? 50;
  const buckets = {} as FollowUpBoard['buckets'];
  const totals = {} as FollowUpBoard['totals'];
  for (const bucket of BOARD_BUCKETS) {
    const where = commitmentFilter(filter, bucketCondition(bucket, today));
    const closed = bucket === 'done' || bucket === 'dropped';
    buckets[bucket] = commitmentViews(db, where, today, { limit, order: bucket === 'done' ? 'recentlyDone' : bucket === 'dropped' ? 'recentlyDropped' : 'due' });
    totals[bucket] = closed || buckets[bucket].length === limit ? countOf(db, where) : buckets[bucket].length;
  }
  const awaitingWhere = commitmentFilter(filter, and(eq(commitments.status, 'done'), isNull(commitments.reportedBackAt)));
  const awaitingReportBack = commitmentViews(db, awaitingWhere, today, { order: 'recentlyDone', limit });
  return { today, buckets, totals, awaitingReportBack, awaitingTotal: countOf(db, awaitingWhere) };
}
