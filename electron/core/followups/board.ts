import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { commitments } from '../db/schema';
import { addDays, dayIn } from './calendar';
import { commitmentFilter, commitmentViews } from './commitment-views';
import type { BoardBucket, CommitmentView, FollowUpBoard } from './types';

const RECENT_CLOSED = 100;

/** Which open bucket a due date falls in, relative to the user's today. */
export function bucketFor(dueDate: string | null, today: string): BoardBucket {
  if (dueDate === null) return 'noDate';
  if (dueDate < today) return 'overdue';
  if (dueDate === today) return 'dueToday';
  if (dueDate <= addDays(today, 7)) return 'dueThisWeek';
  return 'later';
}

/**
 * The follow-ups board: open commitments by due date in the user's calendar (overdue, today, this week,
 * later, no date), then recently done and dropped, and what awaits report-back.
 */
export function followUpBoard(db: Db, filter: { mentorId?: number; goalId?: number }, now: Date, timeZone: string): FollowUpBoard {
  const today = dayIn(now, timeZone);
  const buckets: Record<BoardBucket, CommitmentView[]> = { overdue: [], dueToday: [], dueThisWeek: [], later: [], noDate: [], done: [], dropped: [] };
  for (const c of commitmentViews(db, commitmentFilter(filter, eq(commitments.status, 'open')), today)) buckets[bucketFor(c.dueDate, today)].push(c);
  buckets.done = commitmentViews(db, commitmentFilter(filter, eq(commitments.status, 'done')), today, { limit: RECENT_CLOSED, newestFirst: true });
  buckets.dropped = commitmentViews(db, commitmentFilter(filter, eq(commitments.status, 'dropped')), today, { limit: RECENT_CLOSED, newestFirst: true });
  const awaitingReportBack = commitmentViews(db, commitmentFilter(filter, and(eq(commitments.status, 'done'), isNull(commitments.reportedBackAt))), today, {
    newestFirst: true,
  });
  return { today, buckets, awaitingReportBack };
}
