import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { advice, commitments, goals, meetings, mentors } from '../db/schema';
import { notFound } from '../errors';
import type { AdviceVerdict } from '../values';
import type { AdviceLibraryPage } from './types';

/**
 * One page of advice (newest first) from an index walk that stops at the page, prepared once per filter:
 * `before` is the last advice of the previous page, so a deep page costs what the first one does.
 */
function advicePage(db: Db, filter: { mentorId?: number; goalId?: number; before?: number }) {
  const key = `adviceLibrary:${filter.mentorId ? 'mentor' : ''}:${filter.goalId ? 'goal' : ''}:${filter.before ? 'before' : ''}`;
  return prepared(db, key, () =>
    db
      .select({
        id: advice.id,
        text: advice.text,
        verdict: advice.verdict,
        createdAt: advice.createdAt,
        mentorId: advice.mentorId,
        mentorName: mentors.name,
        goalId: advice.goalId,
        goalTitle: goals.title,
        meetingId: advice.meetingId,
        meetingAt: meetings.scheduledAt,
      })
      .from(advice)
      .innerJoin(mentors, eq(mentors.id, advice.mentorId))
      .leftJoin(goals, eq(goals.id, advice.goalId))
      .leftJoin(meetings, eq(meetings.id, advice.meetingId))
      .where(
        and(
          filter.mentorId ? eq(advice.mentorId, sql.placeholder('mentorId')) : undefined,
          filter.goalId ? eq(advice.goalId, sql.placeholder('goalId')) : undefined,
          filter.before ? sql`(${advice.createdAt}, ${advice.id}) < (select b.created_at, b.id from advice b where b.id = ${sql.placeholder('before')})` : undefined,
        ),
      )
      .orderBy(desc(advice.createdAt), desc(advice.id))
      .limit(sql.placeholder('limit'))
      .prepare(),
  );
}

/** Every piece of advice across mentors, with its verdict and the commitments it led to, a page at a time. */
export function adviceLibrary(db: Db, filter: { mentorId?: number; goalId?: number; before?: number; limit: number }): AdviceLibraryPage {
  const rows = advicePage(db, filter).all({ mentorId: filter.mentorId, goalId: filter.goalId, before: filter.before, limit: filter.limit + 1 });
  const entries = rows.slice(0, filter.limit);
  const ledTo = prepared(db, 'adviceLibrary:commitments', () =>
    db
      .select({ id: commitments.id, adviceId: commitments.adviceId, title: commitments.title, status: commitments.status, outcome: commitments.outcome })
      .from(commitments)
      .where(sql`${commitments.adviceId} in (select value from json_each(${sql.placeholder('ids')}))`)
      .orderBy(asc(commitments.adviceId), asc(commitments.id))
      .prepare(),
  );
  const linked = entries.length ? ledTo.all({ ids: JSON.stringify(entries.map((r) => r.id)) }) : [];
  const byAdvice = Map.groupBy(linked, (c) => c.adviceId);
  return {
    entries: entries.map((r) => ({ ...r, commitments: (byAdvice.get(r.id) ?? []).map(({ adviceId: _a, ...c }) => c) })),
    more: rows.length > filter.limit,
  };
}

export function setAdviceVerdict(db: Db, id: number, verdict: AdviceVerdict | null, now: Date) {
  const result = db.update(advice).set({ verdict, updatedAt: now.toISOString() }).where(eq(advice.id, id)).returning().get();
  if (!result) throw notFound('piece of advice', id);
  return result;
}
