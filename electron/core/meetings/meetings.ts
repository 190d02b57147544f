import { and, asc, desc, eq, gt, gte, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { agendaItems, meetings, mentors } from '../db/schema';
import { conflict } from '../errors';
import { mentorHealth } from '../mentors/health';
import { requireMentor } from '../mentors/mentors';
import { prepared } from '../db/prepared';
import { addCalendarDays, addDays, dayIn, zonedTimeToUtc } from '../zoned-time';
import { requireMeeting } from './meeting-store';
import { applyTemplate } from './templates';
import type { Meeting, MeetingListItem, MeetingSuggestion } from './types';

export interface ScheduleValues {
  mentorId: number;
  scheduledAt: string;
  durationMinutes: number;
  location: string;
  repeatEveryDays: number | null;
  templateKey?: string | null;
}

/** Plans a meeting; a template, if chosen, seeds its agenda. */
export function scheduleMeeting(db: Db, values: ScheduleValues, now: Date): Meeting {
  requireMentor(db, values.mentorId);
  const { templateKey, ...fields } = values;
  return db.transaction((tx) => {
    const stamp = now.toISOString();
    const meeting = tx.insert(meetings).values({ ...fields, status: 'planned', createdAt: stamp, updatedAt: stamp }).returning().get();
    if (templateKey) applyTemplate(tx as unknown as Db, meeting.id, templateKey, now);
    return meeting;
  });
}

export function updateMeeting(
  db: Db,
  id: number,
  changes: Partial<Pick<Meeting, 'scheduledAt' | 'durationMinutes' | 'location' | 'repeatEveryDays'>>,
  now: Date,
): Meeting {
  requireMeeting(db, id);
  return db.update(meetings).set({ ...changes, updatedAt: now.toISOString() }).where(eq(meetings.id, id)).returning().get();
}

export function cancelMeeting(db: Db, id: number, now: Date): Meeting {
  const meeting = requireMeeting(db, id);
  if (meeting.status === 'held') throw conflict('This meeting was already held; it cannot be cancelled.');
  const stamp = now.toISOString();
  return db.update(meetings).set({ status: 'cancelled', cancelledAt: stamp, updatedAt: stamp }).where(eq(meetings.id, id)).returning().get();
}

/** Deletes a meeting; its agenda items go back to the backlog, its advice goes with it. */
export function deleteMeeting(db: Db, id: number): void {
  requireMeeting(db, id);
  db.delete(meetings).where(eq(meetings.id, id)).run();
}

export function saveNotes(db: Db, id: number, notes: string, now: Date): { id: number; updatedAt: string } {
  requireMeeting(db, id);
  const updatedAt = now.toISOString();
  db.update(meetings).set({ notes, updatedAt }).where(eq(meetings.id, id)).run();
  return { id, updatedAt };
}

/**
 * Marks the meeting held. Agenda items not discussed carry over to the mentor's backlog; a repeating
 * meeting gets its next occurrence (only one, and only if none is planned yet).
 */
export function markHeld(db: Db, id: number, now: Date, timeZone: string): { meeting: Meeting; carriedOver: number; nextMeetingId: number | null } {
  const meeting = requireMeeting(db, id);
  if (meeting.status === 'cancelled') throw conflict('This meeting was cancelled. Reschedule it before marking it held.');
  return db.transaction((tx) => {
    const stamp = now.toISOString();
    const held = tx.update(meetings).set({ status: 'held', heldAt: meeting.heldAt ?? stamp, updatedAt: stamp }).where(eq(meetings.id, id)).returning().get();
    const carried = tx
      .update(agendaItems)
      .set({ meetingId: null, carriedFromMeetingId: id, status: 'open', updatedAt: stamp })
      .where(and(eq(agendaItems.meetingId, id), sql`${agendaItems.status} <> 'discussed'`))
      .run().changes;
    let nextMeetingId: number | null = null;
    if (meeting.repeatEveryDays) {
      const alreadyPlanned = tx
        .select({ id: meetings.id })
        .from(meetings)
        .where(and(eq(meetings.mentorId, meeting.mentorId), eq(meetings.status, 'planned'), gt(meetings.scheduledAt, meeting.scheduledAt)))
        .get();
      if (!alreadyPlanned) {
        const nextAt = addCalendarDays(meeting.scheduledAt, meeting.repeatEveryDays, timeZone).toISOString();
        nextMeetingId = tx
          .insert(meetings)
          .values({
            mentorId: meeting.mentorId,
            scheduledAt: nextAt,
            durationMinutes: meeting.durationMinutes,
            location: meeting.location,
            repeatEveryDays: meeting.repeatEveryDays,
            status: 'planned',
            createdAt: stamp,
            updatedAt: stamp,
          })
          .returning({ id: meetings.id })
          .get().id;
      }
    }
    return { meeting: held, carriedOver: carried, nextMeetingId };
  });
}

export interface MeetingFilter {
  scope: 'upcoming' | 'past' | 'all';
  mentorId?: number;
  goalId?: number;
  limit: number;
}

const pastCondition = sql`(${meetings.status} <> 'planned' or ${meetings.scheduledAt} < ${sql.placeholder('now')})`;
/** Meetings that discussed the goal (an agenda item or a piece of advice on it); `goalId` is a placeholder. */
export const goalMeetingCondition = sql`${meetings.id} in (select meeting_id from agenda_items where goal_id = ${sql.placeholder('goalId')} and meeting_id is not null
    union select meeting_id from advice where goal_id = ${sql.placeholder('goalId')} and meeting_id is not null)`;

/**
 * The page of meetings first (ids and dates, from an index walk that stops at `limit`), then the names
 * and agenda totals for just those rows; one statement per scope and filter, prepared once.
 */
function meetingPage(db: Db, filter: MeetingFilter) {
  const key = `listMeetings:${filter.scope}:${filter.mentorId ? 'mentor' : ''}:${filter.goalId ? 'goal' : ''}`;
  return prepared(db, key, () => {
    const upcoming = filter.scope === 'upcoming';
    const order = upcoming ? asc : desc;
    const page = db
      .select({ id: meetings.id, scheduledAt: meetings.scheduledAt })
      .from(meetings)
      .where(
        and(
          filter.mentorId ? eq(meetings.mentorId, sql.placeholder('mentorId')) : undefined,
          filter.goalId ? goalMeetingCondition : undefined,
          upcoming ? and(eq(meetings.status, 'planned'), gte(meetings.scheduledAt, sql.placeholder('now'))) : undefined,
          filter.scope === 'past' ? pastCondition : undefined,
        ),
      )
      .orderBy(order(meetings.scheduledAt), order(meetings.id))
      .limit(sql.placeholder('limit'))
      .as('page');
    return db
      .select({
        meeting: meetings,
        mentorName: mentors.name,
        agendaCount: sql<number>`(select count(*) from agenda_items a where a.meeting_id = "meetings"."id")`,
        agendaMinutes: sql<number>`(select coalesce(sum(a.minutes), 0) from agenda_items a where a.meeting_id = "meetings"."id")`,
      })
      .from(page)
      .innerJoin(meetings, eq(meetings.id, page.id))
      .innerJoin(mentors, eq(mentors.id, meetings.mentorId))
      .orderBy(order(page.scheduledAt), order(page.id))
      .prepare();
  });
}

/** Upcoming: planned from now on, soonest first. Past: held, cancelled or already started, latest first. */
export function listMeetings(db: Db, filter: MeetingFilter, now: Date): MeetingListItem[] {
  return meetingPage(db, filter)
    .all({ now: now.toISOString(), mentorId: filter.mentorId, goalId: filter.goalId, limit: filter.limit })
    .map((r) => ({ ...r.meeting, mentorName: r.mentorName, agendaCount: r.agendaCount, agendaMinutes: r.agendaMinutes }));
}

/**
 * When to meet next: last contact plus the mentor's cadence, at 10:00 on that day in the user's time
 * zone, and never in the past (then: tomorrow). A mentor never met: in two days.
 */
export function suggestNextMeeting(db: Db, mentorId: number, now: Date, timeZone: string): MeetingSuggestion {
  const mentor = requireMentor(db, mentorId);
  const [health] = mentorHealth(db, now, { mentorId });
  const today = dayIn(now, timeZone);
  const atTen = (day: string) => zonedTimeToUtc(day, 10, 0, timeZone);
  const tomorrow = atTen(addDays(today, 1));
  if (!health?.nextContactDueAt) {
    return { scheduledAt: atTen(addDays(today, 2)).toISOString(), reason: `You haven’t met ${mentor.name} yet.` };
  }
  const due = atTen(dayIn(health.nextContactDueAt, timeZone));
  if (due < tomorrow) {
    return { scheduledAt: tomorrow.toISOString(), reason: `Your ${mentor.keepInTouchCadenceDays}-day keep-in-touch cadence has passed — meet soon.` };
  }
  return { scheduledAt: due.toISOString(), reason: `${mentor.keepInTouchCadenceDays} days after your last contact.` };
}
