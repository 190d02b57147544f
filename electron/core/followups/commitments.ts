import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { commitments, goals, mentors } from '../db/schema';
import { conflict, notFound } from '../errors';
import type { CommitmentOwner } from '../values';
import type { Commitment } from './types';

export function requireCommitment(db: Db, id: number): Commitment {
  const row = db.select().from(commitments).where(eq(commitments.id, id)).get();
  if (!row) throw notFound('commitment', id);
  return row;
}

function assertRefs(db: Db, mentorId: number | null | undefined, goalId: number | null | undefined) {
  if (mentorId && !db.select({ id: mentors.id }).from(mentors).where(eq(mentors.id, mentorId)).get()) throw notFound('mentor', mentorId);
  if (goalId && !db.select({ id: goals.id }).from(goals).where(eq(goals.id, goalId)).get()) throw notFound('goal', goalId);
}

export interface CommitmentValues {
  title: string;
  dueDate: string | null;
  mentorId: number | null;
  goalId: number | null;
  owner: CommitmentOwner;
}

/** A commitment on its own (not from advice); mentor and goal optional. */
export function createCommitment(db: Db, values: CommitmentValues, now: Date): Commitment {
  assertRefs(db, values.mentorId, values.goalId);
  const stamp = now.toISOString();
  return db.insert(commitments).values({ ...values, status: 'open', createdAt: stamp, updatedAt: stamp }).returning().get();
}

export function updateCommitment(db: Db, id: number, changes: Partial<CommitmentValues>, now: Date): Commitment {
  requireCommitment(db, id);
  assertRefs(db, changes.mentorId, changes.goalId);
  return db.update(commitments).set({ ...changes, updatedAt: now.toISOString() }).where(eq(commitments.id, id)).returning().get();
}

function set(db: Db, id: number, changes: Partial<Commitment>, now: Date): Commitment {
  return db.update(commitments).set({ ...changes, updatedAt: now.toISOString() }).where(eq(commitments.id, id)).returning().get();
}

/** Done, with what happened when the advice was applied. Reporting back comes next. */
export function completeCommitment(db: Db, id: number, outcome: string, now: Date): Commitment {
  const c = requireCommitment(db, id);
  if (c.status === 'done') throw conflict('This commitment is already done. Reopen it first to change its outcome.');
  return set(db, id, { status: 'done', outcome, completedAt: now.toISOString(), droppedAt: null, dropReason: '', snoozedUntil: null }, now);
}

export function dropCommitment(db: Db, id: number, reason: string, now: Date): Commitment {
  const c = requireCommitment(db, id);
  if (c.status === 'dropped') throw conflict('This commitment is already dropped.');
  return set(db, id, { status: 'dropped', dropReason: reason, droppedAt: now.toISOString(), completedAt: null, snoozedUntil: null }, now);
}

/** Back to open; the outcome text is kept so nothing the user wrote is lost. */
export function reopenCommitment(db: Db, id: number, now: Date): Commitment {
  const c = requireCommitment(db, id);
  if (c.status === 'open') throw conflict('This commitment is already open.');
  return set(db, id, { status: 'open', completedAt: null, droppedAt: null, reportedBackAt: null }, now);
}

export function snoozeCommitment(db: Db, id: number, until: string | null, now: Date): Commitment {
  const c = requireCommitment(db, id);
  if (c.status !== 'open') throw conflict('Only open commitments can be snoozed.');
  return set(db, id, { snoozedUntil: until }, now);
}

/** The loop is closed: the mentor has heard what came of their advice. */
export function markReportedBack(db: Db, id: number, now: Date): Commitment {
  const c = requireCommitment(db, id);
  if (c.status !== 'done') throw conflict('Only a done commitment can be reported back. Complete it with its outcome first.');
  return set(db, id, { reportedBackAt: now.toISOString() }, now);
}

export function deleteCommitment(db: Db, id: number): void {
  requireCommitment(db, id);
  db.delete(commitments).where(eq(commitments.id, id)).run();
}
