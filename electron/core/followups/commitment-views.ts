import { asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { advice, commitments, goals, mentors } from '../db/schema';
import { isOverdue } from './overdue';
import type { CommitmentView } from './types';

/** Soonest due first, or most recently closed first; each order has an index behind it. */
export type CommitmentOrder = 'due' | 'recentlyDone' | 'recentlyDropped';

function viewsQuery(db: Db, where: SQL | undefined, order: CommitmentOrder | undefined) {
  return db
    .select({ c: commitments, mentorName: mentors.name, mentorEmail: mentors.email, goalTitle: goals.title, adviceText: advice.text })
    .from(commitments)
    .leftJoin(mentors, eq(mentors.id, commitments.mentorId))
    .leftJoin(goals, eq(goals.id, commitments.goalId))
    .leftJoin(advice, eq(advice.id, commitments.adviceId))
    .where(where)
    .orderBy(
      ...(order === 'recentlyDone'
        ? [desc(commitments.completedAt), desc(commitments.id)]
        : order === 'recentlyDropped'
          ? [desc(commitments.droppedAt), desc(commitments.id)]
          : [asc(commitments.dueDate), asc(commitments.id)]),
    );
}

type ViewRow = { c: typeof commitments.$inferSelect; mentorName: string | null; mentorEmail: string | null; goalTitle: string | null; adviceText: string | null };

const toView = (today: string) => (r: ViewRow): CommitmentView => ({
  ...r.c,
  mentorName: r.mentorName,
  mentorEmail: r.mentorEmail,
  goalTitle: r.goalTitle,
  adviceText: r.adviceText,
  awaitingReportBack: r.c.status === 'done' && r.c.reportedBackAt === null,
  overdue: isOverdue(r.c, today),
});

/** Commitments with the names the UI shows, filtered by the given conditions. */
export function commitmentViews(db: Db, where: SQL | undefined, today: string, options: { limit?: number; order?: CommitmentOrder } = {}): CommitmentView[] {
  const query = viewsQuery(db, where, options.order);
  return (options.limit ? query.limit(options.limit).all() : query.all()).map(toView(today));
}

/**
 * The same views from a statement prepared once per connection under `key`: `where` uses
 * `sql.placeholder(...)` for what changes between calls, `params` fills them, and `limit` is a placeholder too.
 */
export function preparedCommitmentViews(db: Db, key: string, where: () => SQL | undefined, order: CommitmentOrder, params: Record<string, unknown> & { limit: number }, today: string): CommitmentView[] {
  return prepared(db, `commitmentViews:${key}`, () => viewsQuery(db, where(), order).limit(sql.placeholder('limit')).prepare())
    .all(params)
    .map(toView(today));
}
