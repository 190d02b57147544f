import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { advice, commitments, goals } from '../db/schema';
import { notFound } from '../errors';
import type { CommitmentOwner } from '../values';
import { requireMeeting } from './meeting-store';
import type { Advice, AdviceWithCommitments, Commitment } from './types';

export function requireAdvice(db: Db, id: number): Advice {
  const row = db.select().from(advice).where(eq(advice.id, id)).get();
  if (!row) throw notFound('piece of advice', id);
  return row;
}

/** Advice captured during a meeting, as its own record. */
export function recordAdvice(db: Db, meetingId: number, values: { text: string; goalId: number | null }, now: Date): Advice {
  const meeting = requireMeeting(db, meetingId);
  const stamp = now.toISOString();
  return db.insert(advice).values({ ...values, meetingId, mentorId: meeting.mentorId, createdAt: stamp, updatedAt: stamp }).returning().get();
}

export function updateAdvice(db: Db, id: number, changes: { text?: string; goalId?: number | null }, now: Date): Advice {
  requireAdvice(db, id);
  return db.update(advice).set({ ...changes, updatedAt: now.toISOString() }).where(eq(advice.id, id)).returning().get();
}

/** Deletes advice; commitments made from it stay, unlinked. */
export function deleteAdvice(db: Db, id: number): void {
  requireAdvice(db, id);
  db.delete(advice).where(eq(advice.id, id)).run();
}

export interface NewCommitment {
  title: string;
  dueDate: string | null;
  goalId: number | null;
  owner: CommitmentOwner;
}

/** Turns one piece of advice into one or more commitments in one step, keeping the link both ways. */
export function adviceToCommitments(db: Db, adviceId: number, items: NewCommitment[], now: Date): Commitment[] {
  const source = requireAdvice(db, adviceId);
  const stamp = now.toISOString();
  return db.transaction((tx) =>
    items.map((item) =>
      tx
        .insert(commitments)
        .values({
          ...item,
          goalId: item.goalId ?? source.goalId,
          adviceId,
          meetingId: source.meetingId,
          mentorId: source.mentorId,
          status: 'open',
          createdAt: stamp,
          updatedAt: stamp,
        })
        .returning()
        .get(),
    ),
  );
}

export function adviceForMeeting(db: Db, meetingId: number): AdviceWithCommitments[] {
  const rows = prepared(db, 'adviceForMeeting', () =>
    db
      .select({ advice, goalTitle: goals.title })
      .from(advice)
      .leftJoin(goals, eq(goals.id, advice.goalId))
      .where(eq(advice.meetingId, sql.placeholder('meetingId')))
      .orderBy(asc(advice.createdAt), asc(advice.id))
      .prepare(),
  ).all({ meetingId });
  // The commitments made from this meeting's advice, through the advice index (one statement, prepared once).
  const linked = rows.length
    ? prepared(db, 'adviceForMeeting:commitments', () =>
        db
          .select({ id: commitments.id, adviceId: commitments.adviceId, title: commitments.title, status: commitments.status, dueDate: commitments.dueDate })
          .from(commitments)
          .where(inArray(commitments.adviceId, db.select({ id: advice.id }).from(advice).where(eq(advice.meetingId, sql.placeholder('meetingId')))))
          .orderBy(asc(commitments.id))
          .prepare(),
      ).all({ meetingId })
    : [];
  return rows.map((r) => ({
    ...r.advice,
    goalTitle: r.goalTitle,
    commitments: linked.filter((c) => c.adviceId === r.advice.id).map(({ adviceId: _a, ...c }) => c),
  }));
}

export function commitmentsWithoutAdvice(db: Db, meetingId: number) {
  return prepared(db, 'commitmentsWithoutAdvice', () =>
    db
      .select({ id: commitments.id, title: commitments.title, status: commitments.status, dueDate: commitments.dueDate })
      .from(commitments)
      .where(and(eq(commitments.meetingId, sql.placeholder('meetingId')), isNull(commitments.adviceId)))
      .orderBy(asc(commitments.id))
      .prepare(),
  ).all({ meetingId });
}
