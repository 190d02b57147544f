import { and, asc, eq, isNull, max, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { agendaItems, goals, meetings } from '../db/schema';
import { invalid, notFound } from '../errors';
import { requireMentor } from '../mentors/mentors';
import type { AgendaKind, AgendaPriority, AgendaStatus } from '../values';
import { requireMeeting } from './meeting-store';
import type { AgendaItem } from './types';

export interface AgendaItemValues {
  text: string;
  kind: AgendaKind;
  minutes: number;
  priority: AgendaPriority;
  goalId: number | null;
}

export function requireAgendaItem(db: Db, id: number): AgendaItem {
  const item = db.select().from(agendaItems).where(eq(agendaItems.id, id)).get();
  if (!item) throw notFound('agenda item', id);
  return item;
}

function nextPosition(db: Db, mentorId: number, meetingId: number | null): number {
  const where = meetingId === null ? and(eq(agendaItems.mentorId, mentorId), isNull(agendaItems.meetingId)) : eq(agendaItems.meetingId, meetingId);
  const row = db.select({ top: max(agendaItems.position) }).from(agendaItems).where(where).get();
  return (row?.top ?? 0) + 1;
}

/** A talking point collected between meetings; it waits in the mentor's backlog for the next agenda. */
export function addToBacklog(db: Db, mentorId: number, values: AgendaItemValues, now: Date): AgendaItem {
  requireMentor(db, mentorId);
  const stamp = now.toISOString();
  return db
    .insert(agendaItems)
    .values({ ...values, mentorId, meetingId: null, position: nextPosition(db, mentorId, null), status: 'open', createdAt: stamp, updatedAt: stamp })
    .returning()
    .get();
}

export function addToAgenda(db: Db, meetingId: number, values: AgendaItemValues, now: Date): AgendaItem {
  const meeting = requireMeeting(db, meetingId);
  const stamp = now.toISOString();
  return db
    .insert(agendaItems)
    .values({ ...values, mentorId: meeting.mentorId, meetingId, position: nextPosition(db, meeting.mentorId, meetingId), status: 'open', createdAt: stamp, updatedAt: stamp })
    .returning()
    .get();
}

/** The mentor's backlog; an item carried over from a meeting says when that meeting was. */
export function backlog(db: Db, mentorId: number): (AgendaItem & { goalTitle: string | null; carriedFromMeetingAt: string | null })[] {
  return prepared(db, 'backlog', () =>
    db
      .select({ item: agendaItems, goalTitle: goals.title, carriedFromMeetingAt: meetings.scheduledAt })
      .from(agendaItems)
      .leftJoin(goals, eq(goals.id, agendaItems.goalId))
      .leftJoin(meetings, eq(meetings.id, agendaItems.carriedFromMeetingId))
      .where(and(eq(agendaItems.mentorId, sql.placeholder('mentorId')), isNull(agendaItems.meetingId)))
      .orderBy(asc(agendaItems.position), asc(agendaItems.id))
      .prepare(),
  )
    .all({ mentorId })
    .map((r) => ({ ...r.item, goalTitle: r.goalTitle, carriedFromMeetingAt: r.carriedFromMeetingAt }));
}

export function meetingAgenda(db: Db, meetingId: number): (AgendaItem & { goalTitle: string | null })[] {
  return prepared(db, 'meetingAgenda', () =>
    db
      .select({ item: agendaItems, goalTitle: goals.title })
      .from(agendaItems)
      .leftJoin(goals, eq(goals.id, agendaItems.goalId))
      .where(eq(agendaItems.meetingId, sql.placeholder('meetingId')))
      .orderBy(asc(agendaItems.position), asc(agendaItems.id))
      .prepare(),
  )
    .all({ meetingId })
    .map((r) => ({ ...r.item, goalTitle: r.goalTitle }));
}

/** Moves backlog items of the meeting's mentor onto its agenda, in the order given. */
export function pullFromBacklog(db: Db, meetingId: number, itemIds: number[], now: Date): void {
  const meeting = requireMeeting(db, meetingId);
  db.transaction((tx) => {
    let position = nextPosition(tx as unknown as Db, meeting.mentorId, meetingId);
    for (const id of itemIds) {
      const item = requireAgendaItem(tx as unknown as Db, id);
      if (item.mentorId !== meeting.mentorId || item.meetingId !== null) {
        throw invalid(`“${item.text.slice(0, 60)}” is not in this mentor’s backlog any more. Refresh and try again.`);
      }
      tx.update(agendaItems).set({ meetingId, position: position++, updatedAt: now.toISOString() }).where(eq(agendaItems.id, id)).run();
    }
  });
}

/** Sends an agenda item back to the mentor's backlog, for another time. */
export function returnToBacklog(db: Db, id: number, now: Date): AgendaItem {
  const item = requireAgendaItem(db, id);
  return db
    .update(agendaItems)
    .set({ meetingId: null, carriedFromMeetingId: item.meetingId ?? item.carriedFromMeetingId, status: 'open', position: nextPosition(db, item.mentorId, null), updatedAt: now.toISOString() })
    .where(eq(agendaItems.id, id))
    .returning()
    .get();
}

export function updateAgendaItem(db: Db, id: number, changes: Partial<AgendaItemValues & { status: AgendaStatus }>, now: Date): AgendaItem {
  requireAgendaItem(db, id);
  return db.update(agendaItems).set({ ...changes, updatedAt: now.toISOString() }).where(eq(agendaItems.id, id)).returning().get();
}

export function deleteAgendaItem(db: Db, id: number): void {
  requireAgendaItem(db, id);
  db.delete(agendaItems).where(eq(agendaItems.id, id)).run();
}

/** Puts a list (an agenda, or a backlog) in the given order, renumbering positions in one transaction. */
export function reorder(db: Db, orderedIds: number[], now: Date): void {
  if (new Set(orderedIds).size !== orderedIds.length) throw invalid('The new order lists an item twice.');
  db.transaction((tx) => {
    const items = orderedIds.map((id) => requireAgendaItem(tx as unknown as Db, id));
    const first = items[0];
    if (items.some((i) => i.meetingId !== first?.meetingId || i.mentorId !== first?.mentorId)) {
      throw invalid('Those items are not on the same agenda.');
    }
    orderedIds.forEach((id, index) =>
      tx.update(agendaItems).set({ position: index + 1, updatedAt: now.toISOString() }).where(eq(agendaItems.id, id)).run(),
    );
  });
}

/** Moves one item up or down its list (keyboard reorder). */
export function moveAgendaItem(db: Db, id: number, direction: 'up' | 'down', now: Date): void {
  const item = requireAgendaItem(db, id);
  const list = item.meetingId === null ? backlog(db, item.mentorId) : meetingAgenda(db, item.meetingId);
  const ids = list.map((i) => i.id);
  const index = ids.indexOf(id);
  const target = direction === 'up' ? index - 1 : index + 1;
  if (target < 0 || target >= ids.length) return;
  [ids[index], ids[target]] = [ids[target], ids[index]];
  reorder(db, ids, now);
}

