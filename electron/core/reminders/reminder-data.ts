import { and, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { commitments, meetings, mentors, reminderLog } from '../db/schema';
import { overdueToReconnect } from '../mentors/health';
import type { ReminderData } from './types';

/** Reads what the reminder engine needs, in a handful of indexed queries. */
export function loadReminderData(db: Db, now: Date): ReminderData {
  const nowIso = now.toISOString();
  const openCommitments = db
    .select({ id: commitments.id, title: commitments.title, dueDate: commitments.dueDate, snoozedUntil: commitments.snoozedUntil, mentorName: mentors.name })
    .from(commitments)
    .leftJoin(mentors, eq(mentors.id, commitments.mentorId))
    .where(and(eq(commitments.status, 'open'), sql`(${commitments.dueDate} is not null or ${commitments.snoozedUntil} is not null)`))
    .all();
  const unreportedDone = db
    .select({ id: commitments.id, title: commitments.title, completedAt: sql<string>`${commitments.completedAt}`, mentorName: mentors.name })
    .from(commitments)
    .innerJoin(mentors, eq(mentors.id, commitments.mentorId))
    .where(and(eq(commitments.status, 'done'), isNull(commitments.reportedBackAt), isNotNull(commitments.completedAt)))
    .all();
  const plannedMeetings = db
    .select({
      id: meetings.id,
      scheduledAt: meetings.scheduledAt,
      mentorName: mentors.name,
      agendaCount: sql<number>`(select count(*) from agenda_items a where a.meeting_id = ${meetings.id})`,
    })
    .from(meetings)
    .innerJoin(mentors, eq(mentors.id, meetings.mentorId))
    .where(and(eq(meetings.status, 'planned'), gt(meetings.scheduledAt, nowIso)))
    .all();
  const overdueMentors = overdueToReconnect(db, now).map((h) => ({ mentorId: h.mentorId, name: h.name, nextContactDueAt: h.nextContactDueAt!, daysOverdue: h.daysOverdue }));
  const hidden = db
    .select({ key: reminderLog.reminderKey, until: reminderLog.dismissedAt })
    .from(reminderLog)
    .where(and(isNotNull(reminderLog.dismissedAt), gt(reminderLog.dismissedAt, nowIso)))
    .all();
  return { openCommitments, unreportedDone, plannedMeetings, overdueMentors, hiddenUntil: new Map(hidden.map((h) => [h.key, h.until!])) };
}
