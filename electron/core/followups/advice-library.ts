import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { advice, commitments, goals, meetings, mentors } from '../db/schema';
import { notFound } from '../errors';
import type { AdviceVerdict } from '../values';
import type { AdviceLibraryEntry } from './types';

/** Every piece of advice across mentors, with its verdict and the commitments it led to. */
export function adviceLibrary(db: Db, filter: { mentorId?: number; goalId?: number; limit: number }): AdviceLibraryEntry[] {
  const rows = db
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
    .where(and(filter.mentorId ? eq(advice.mentorId, filter.mentorId) : undefined, filter.goalId ? eq(advice.goalId, filter.goalId) : undefined))
    .orderBy(desc(advice.createdAt), desc(advice.id))
    .limit(filter.limit)
    .all();
  const ids = rows.map((r) => r.id);
  const linked = ids.length
    ? db
        .select({ id: commitments.id, adviceId: commitments.adviceId, title: commitments.title, status: commitments.status, outcome: commitments.outcome })
        .from(commitments)
        .where(inArray(commitments.adviceId, ids))
        .all()
    : [];
  const byAdvice = Map.groupBy(linked, (c) => c.adviceId);
  return rows.map((r) => ({ ...r, commitments: (byAdvice.get(r.id) ?? []).map(({ adviceId: _a, ...c }) => c) }));
}

export function setAdviceVerdict(db: Db, id: number, verdict: AdviceVerdict | null, now: Date) {
  const result = db.update(advice).set({ verdict, updatedAt: now.toISOString() }).where(eq(advice.id, id)).returning().get();
  if (!result) throw notFound('piece of advice', id);
  return result;
}
