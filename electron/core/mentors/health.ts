import { and, eq, inArray, isNull, lte, max } from 'drizzle-orm';
import type { Db } from '../db/client';
import { interactions, meetings, mentors } from '../db/schema';

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

/**
 * Health of every active (not archived) mentor, or of the given ones. Contact in the future (a
 * meeting marked held with a future date, an interaction logged ahead) counts only once it has happened.
 */
export function mentorHealth(db: Db, now: Date, options: { mentorIds?: number[]; includeArchived?: boolean } = {}): MentorHealth[] {
  const nowIso = now.toISOString();
  const filters = [];
  if (!options.includeArchived) filters.push(isNull(mentors.archivedAt));
  if (options.mentorIds) filters.push(inArray(mentors.id, options.mentorIds));
  const people = db
    .select({ id: mentors.id, name: mentors.name, cadence: mentors.keepInTouchCadenceDays })
    .from(mentors)
    .where(filters.length ? and(...filters) : undefined)
    .all();
  if (people.length === 0) return [];
  const ids = people.map((p) => p.id);
  const lastMeeting = new Map(
    db
      .select({ mentorId: meetings.mentorId, at: max(meetings.scheduledAt) })
      .from(meetings)
      .where(and(inArray(meetings.mentorId, ids), eq(meetings.status, 'held'), lte(meetings.scheduledAt, nowIso)))
      .groupBy(meetings.mentorId)
      .all()
      .map((r) => [r.mentorId, r.at]),
  );
  const lastInteraction = new Map(
    db
      .select({ mentorId: interactions.mentorId, at: max(interactions.occurredAt) })
      .from(interactions)
      .where(and(inArray(interactions.mentorId, ids), lte(interactions.occurredAt, nowIso)))
      .groupBy(interactions.mentorId)
      .all()
      .map((r) => [r.mentorId, r.at]),
  );
  return people.map((p) => {
    const candidates = [lastMeeting.get(p.id), lastInteraction.get(p.id)].filter((v): v is string => !!v);
    const last = candidates.length ? candidates.sort().at(-1)! : null;
    return { mentorId: p.id, name: p.name, ...healthFromLastContact(last, p.cadence, now) };
  });
}

/** Mentors past their cadence, most overdue first (the dashboard's "overdue to reconnect"). */
export function overdueToReconnect(db: Db, now: Date): MentorHealth[] {
  return mentorHealth(db, now)
    .filter((h) => h.status === 'overdue')
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.name.localeCompare(b.name));
}
