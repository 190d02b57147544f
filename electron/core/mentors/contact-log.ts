import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { gives, interactions } from '../db/schema';
import { notFound } from '../errors';
import type { InteractionKind } from '../values';
import { requireMentor } from './mentors';
import type { Give, Interaction } from './types';

/** A call, message or chance meeting outside a planned meeting: it counts as contact. */
export function logInteraction(
  db: Db,
  values: { mentorId: number; kind: InteractionKind; occurredAt: string; note: string },
  now: Date,
): Interaction {
  requireMentor(db, values.mentorId);
  const stamp = now.toISOString();
  return db.insert(interactions).values({ ...values, createdAt: stamp, updatedAt: stamp }).returning().get();
}

export function deleteInteraction(db: Db, id: number): void {
  const result = db.delete(interactions).where(eq(interactions.id, id)).run();
  if (result.changes === 0) throw notFound('interaction', id);
}

/** Something given back to a mentor: an introduction, an article, help. */
export function addGive(db: Db, values: { mentorId: number; description: string; givenOn: string }, now: Date): Give {
  requireMentor(db, values.mentorId);
  const stamp = now.toISOString();
  return db.insert(gives).values({ ...values, createdAt: stamp, updatedAt: stamp }).returning().get();
}

export function deleteGive(db: Db, id: number): void {
  const result = db.delete(gives).where(eq(gives.id, id)).run();
  if (result.changes === 0) throw notFound('give-back entry', id);
}
