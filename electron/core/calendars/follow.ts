import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { calendarEvents, interactions, meetings } from '../db/schema';

type EventRow = typeof calendarEvents.$inferSelect;

export interface FollowCounts {
  meetingsPlanned: number;
  meetingsUpdated: number;
  meetingsCancelled: number;
  contactsLogged: number;
}

export const emptyFollowCounts = (): FollowCounts => ({ meetingsPlanned: 0, meetingsUpdated: 0, meetingsCancelled: 0, contactsLogged: 0 });

export const hasEnded = (row: Pick<EventRow, 'startsAt' | 'durationMinutes'>, now: Date) =>
  new Date(row.startsAt).getTime() + row.durationMinutes * 60_000 <= now.getTime();

/** Anything the user wrote for or in this meeting: notes, agenda, advice, commitments. */
export function meetingHasUserContent(db: Db, meetingId: number): boolean {
  const row = db.get<{ has: number }>(sql`select
      (select length(notes) > 0 from meetings where id = ${meetingId})
      or exists(select 1 from agenda_items where meeting_id = ${meetingId})
      or exists(select 1 from advice where meeting_id = ${meetingId})
      or exists(select 1 from commitments where meeting_id = ${meetingId}) as has`);
  return !!row?.has;
}

/**
 * Makes the app agree with one occurrence of an accepted series. A future one is a planned meeting that
 * follows its time, length and place; a past one counts as contact; a cancelled one cancels its meeting,
 * and one deleted from the calendar deletes its meeting only if the user wrote nothing in it. A meeting
 * already held is the user's record and is left alone.
 */
export function followEvent(db: Db, row: EventRow, mentorId: number, now: Date, counts: FollowCounts): void {
  const stamp = now.toISOString();
  const meeting = row.meetingId ? db.select().from(meetings).where(eq(meetings.id, row.meetingId)).get() : undefined;
  const link = (patch: Partial<EventRow>) => db.update(calendarEvents).set({ ...patch, updatedAt: stamp }).where(eq(calendarEvents.id, row.id)).run();
  const active = !row.cancelled && !row.removedAt;
  if (!active) {
    if (row.interactionId) {
      db.delete(interactions).where(eq(interactions.id, row.interactionId)).run();
      link({ interactionId: null });
    }
    if (!meeting || meeting.status === 'held') return;
    if (row.removedAt && !meetingHasUserContent(db, meeting.id)) {
      db.delete(meetings).where(eq(meetings.id, meeting.id)).run();
      link({ meetingId: null, meetingMadeAt: null });
      counts.meetingsCancelled += 1;
    } else if (meeting.status !== 'cancelled') {
      db.update(meetings).set({ status: 'cancelled', cancelledAt: stamp, updatedAt: stamp }).where(eq(meetings.id, meeting.id)).run();
      counts.meetingsCancelled += 1;
    }
    return;
  }
  const fields = { scheduledAt: row.startsAt, durationMinutes: row.durationMinutes, location: row.location };
  if (meeting && meeting.status !== 'held') {
    const moved = meeting.scheduledAt !== fields.scheduledAt || meeting.durationMinutes !== fields.durationMinutes || meeting.location !== fields.location;
    if (moved || meeting.status === 'cancelled') {
      db.update(meetings).set({ ...fields, status: 'planned', cancelledAt: null, updatedAt: stamp }).where(eq(meetings.id, meeting.id)).run();
      counts.meetingsUpdated += 1;
    }
  }
  if (hasEnded(row, now)) {
    if (!row.interactionId) {
      const note = `From your calendar: ${row.summary}`.slice(0, 2_000);
      const interaction = db
        .insert(interactions)
        .values({ mentorId, kind: 'calendar', occurredAt: row.startsAt, note, createdAt: stamp, updatedAt: stamp })
        .returning({ id: interactions.id })
        .get();
      link({ interactionId: interaction.id });
      counts.contactsLogged += 1;
    }
    return;
  }
  // A meeting the user deleted since it was made is not made again.
  if (!meeting && !row.meetingMadeAt) {
    const created = db
      .insert(meetings)
      .values({ mentorId, ...fields, status: 'planned', createdAt: stamp, updatedAt: stamp })
      .returning({ id: meetings.id })
      .get();
    link({ meetingId: created.id, meetingMadeAt: stamp });
    counts.meetingsPlanned += 1;
  }
}

/**
 * The user said a series is not with this mentor (or changed their mind): its calendar-made contact
 * goes, and so do its planned meetings the user wrote nothing in; meetings with notes stay theirs.
 */
export function unfollowEvent(db: Db, row: EventRow, now: Date): void {
  const stamp = now.toISOString();
  if (row.interactionId) db.delete(interactions).where(eq(interactions.id, row.interactionId)).run();
  const meeting = row.meetingId ? db.select().from(meetings).where(eq(meetings.id, row.meetingId)).get() : undefined;
  if (meeting && meeting.status === 'planned' && !meetingHasUserContent(db, meeting.id)) db.delete(meetings).where(eq(meetings.id, meeting.id)).run();
  db.update(calendarEvents).set({ interactionId: null, meetingId: null, meetingMadeAt: null, updatedAt: stamp }).where(eq(calendarEvents.id, row.id)).run();
}
