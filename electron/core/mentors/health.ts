import { eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { mentors } from '../db/schema';

export type HealthStatus = 'never_met' | 'on_track' | 'due_soon' | 'overdue';

/** How a relationship is doing, from real contact: a held meeting or any logged interaction. */
export interface MentorHealth {
  mentorId: number;
  name: string;
  cadenceDays: number;
  /** ISO timestamp of the last held meeting or logged interaction; null if never. */
  lastContactAt: string | null;
  /** ISO timestamp when the next contact is due (last contact + cadence); null if never met. */
  nextContactDueAt: string | null;
  /** Whole days past due (0 when not overdue). */
  daysOverdue: number;
  status: HealthStatus;
}

const DAY_MS = 86_400_000;
/** "Due soon" is the last seventh of the cadence, at least 2 days and at most 7. */
export const dueSoonWindowDays = (cadenceDays: number) => Math.min(7, Math.max(2, Math.round(cadenceDays / 7)));

export function healthFromLastContact(lastContactAt: string | null, cadenceDays: number, now: Date): Omit<MentorHealth, 'mentorId' | 'name'> {
  if (!lastContactAt) return { cadenceDays, lastContactAt: null, nextContactDueAt: null, daysOverdue: 0, status: 'never_met' };
  const due = new Date(new Date(lastContactAt).getTime() + cadenceDays * DAY_MS);
  const msLate = now.getTime() - due.getTime();
  const daysOverdue = msLate > 0 ? Math.floor(msLate / DAY_MS) : 0;
  const status: HealthStatus = msLate > 0 ? 'overdue' : -msLate <= dueSoonWindowDays(cadenceDays) * DAY_MS ? 'due_soon' : 'on_track';
  return { cadenceDays, lastContactAt, nextContactDueAt: due.toISOString(), daysOverdue, status };
}

type Who = 'active' | 'all' | 'one';

/** The last held meeting and the last logged contact up to `now`: one index seek each per mentor. */
export const lastContactColumns = {
  id: mentors.id,
  name: mentors.name,
  cadence: mentors.keepInTouchCadenceDays,
  lastMeetingAt: sql<string | null>`(select max(m.scheduled_at) from meetings m where m.mentor_id = "mentors"."id" and m.status = 'held' and m.scheduled_at <= ${sql.placeholder('now')})`,
  lastInteractionAt: sql<string | null>`(select max(i.occurred_at) from interactions i where i.mentor_id = "mentors"."id" and i.occurred_at <= ${sql.placeholder('now')})`,
};

function lastContacts(db: Db, who: Who, nowIso: string, mentorId?: number) {
  return prepared(db, `mentorHealth:${who}`, () =>
    db
      .select(lastContactColumns)
      .from(mentors)
      .where(who === 'active' ? isNull(mentors.archivedAt) : who === 'one' ? eq(mentors.id, sql.placeholder('id')) : undefined)
      .prepare(),
  ).all({ now: nowIso, id: mentorId });
}

export const latestContact = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));

/**
 * Health of every active (not archived) mentor, every mentor, or one. Contact in the future (a
 * meeting marked held with a future date, an interaction logged ahead) counts only once it has happened.
 */
export function mentorHealth(db: Db, now: Date, options: { mentorId?: number; includeArchived?: boolean } = {}): MentorHealth[] {
  const who: Who = options.mentorId !== undefined ? 'one' : options.includeArchived ? 'all' : 'active';
  return lastContacts(db, who, now.toISOString(), options.mentorId).map((p) => ({
    mentorId: p.id,
    name: p.name,
    ...healthFromLastContact(latestContact(p.lastMeetingAt, p.lastInteractionAt), p.cadence, now),
  }));
}

/** Mentors past their cadence, most overdue first (the dashboard's "overdue to reconnect"). */
export function overdueToReconnect(db: Db, now: Date): MentorHealth[] {
  return mentorHealth(db, now)
    .filter((h) => h.status === 'overdue')
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.name.localeCompare(b.name));
}
