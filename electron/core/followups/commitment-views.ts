import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { advice, commitments, goals, mentors } from '../db/schema';
import type { CommitmentView } from './types';

/** Commitments with the names the UI shows, filtered by the given conditions. */
/** Soonest due first, or most recently closed first; each order has an index behind it. */
export type CommitmentOrder = 'due' | 'recentlyDone' | 'recentlyDropped';

export function commitmentViews(db: Db, where: SQL | undefined, today: string, options: { limit?: number; order?: CommitmentOrder } = {}): CommitmentView[] {
  const query = db
    .select({ c: commitments, mentorName: mentors.name, mentorEmail: mentors.email, goalTitle: goals.title, adviceText: advice.text })
    .from(commitments)
    .leftJoin(mentors, eq(mentors.id, commitments.mentorId))
    .leftJoin(goals, eq(goals.id, commitments.goalId))
    .leftJoin(advice, eq(advice.id, commitments.adviceId))
    .where(where)
    .orderBy(
      ...(options.order === 'recentlyDone'
        ? [desc(commitments.completedAt), desc(commitments.id)]
        : options.order === 'recentlyDropped'
          ? [desc(commitments.droppedAt), desc(commitments.id)]
          : [asc(commitments.dueDate), asc(commitments.id)]),
    );
  const rows = options.limit ? query.limit(options.limit).all() : query.all();
  return rows.map((r) => ({
    ...r.c,
    mentorName: r.mentorName,
    mentorEmail: r.mentorEmail,
    goalTitle: r.goalTitle,
    adviceText: r.adviceText,
    awaitingReportBack: r.c.status === 'done' && r.c.reportedBackAt === null,
    overdue: r.c.status === 'open' && r.c.dueDate !== null && r.c.dueDate < today,
  }));
}

export function commitmentFilter(filter: { mentorId?: number; goalId?: number }, ...extra: (SQL | undefined)[]): SQL | undefined {
  return and(
    filter.mentorId ? eq(commitments.mentorId, filter.mentorId) : undefined,
    filter.goalId ? eq(commitments.goalId, filter.goalId) : undefined,
    ...extra,
  );
}
