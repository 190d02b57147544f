import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { writeTransaction } from '../db/write-transaction';
import { calendarEvents, calendarSeries, calendarSources, mentors } from '../db/schema';
import { invalid, notFound } from '../errors';
import { requireMentor } from '../mentors/mentors';
import type { CalendarDecision } from '../values';
import { emptyFollowCounts, followEvent, unfollowEvent, type FollowCounts } from './follow';
import type { CalendarSeriesReview } from './types';

/**
 * Calendar series and who they look like meetings with. 'pending' lists only those matched to a mentor
 * (the review the user sees after an import); decided ones can be changed later in Settings.
 */
export function listSeries(db: Db, decision: CalendarDecision, now: Date): CalendarSeriesReview[] {
  const nowIso = now.toISOString();
  const live = and(eq(calendarEvents.seriesId, calendarSeries.id), isNull(calendarEvents.removedAt), eq(calendarEvents.cancelled, false));
  return db
    .select({
      seriesId: calendarSeries.id,
      sourceName: calendarSources.name,
      summary: calendarSeries.summary,
      mentorId: calendarSeries.mentorId,
      mentorName: mentors.name,
      matchedBy: calendarSeries.matchedBy,
      decision: calendarSeries.decision,
      events: sql<number>`(select count(*) from ${calendarEvents} where ${live})`,
      upcoming: sql<number>`(select count(*) from ${calendarEvents} where ${live} and ${calendarEvents.startsAt} >= ${nowIso})`,
      past: sql<number>`(select count(*) from ${calendarEvents} where ${live} and ${calendarEvents.startsAt} < ${nowIso})`,
      nextAt: sql<string | null>`(select min(${calendarEvents.startsAt}) from ${calendarEvents} where ${live} and ${calendarEvents.startsAt} >= ${nowIso})`,
      lastAt: sql<string | null>`(select max(${calendarEvents.startsAt}) from ${calendarEvents} where ${live} and ${calendarEvents.startsAt} < ${nowIso})`,
    })
    .from(calendarSeries)
    .innerJoin(calendarSources, eq(calendarSources.id, calendarSeries.sourceId))
    .leftJoin(mentors, eq(mentors.id, calendarSeries.mentorId))
    .where(and(eq(calendarSeries.decision, decision), decision === 'pending' ? isNotNull(calendarSeries.mentorId) : undefined))
    .orderBy(mentors.name, calendarSeries.summary)
    .all()
    .filter((s) => s.events > 0);
}

/**
 * Records the user's choice for a series (remembered for every later import) and applies it: yes makes
 * its meetings and contact; no takes back what the calendar made; 'pending' forgets the choice.
 */
export function decideSeries(db: Db, seriesId: number, decision: CalendarDecision, mentorId: number | null, now: Date): FollowCounts {
  const series = db.select().from(calendarSeries).where(eq(calendarSeries.id, seriesId)).get();
  if (!series) throw notFound('calendar series', seriesId);
  const chosenMentor = mentorId ?? series.mentorId;
  if (decision === 'accepted' && !chosenMentor) throw invalid('Choose the mentor these events are meetings with.');
  if (chosenMentor) requireMentor(db, chosenMentor);
  return writeTransaction(db.$client, () => {
    const t = db;
    const stamp = now.toISOString();
    const counts = emptyFollowCounts();
    const rows = t.select().from(calendarEvents).where(eq(calendarEvents.seriesId, seriesId)).all();
    const mentorChanged = series.decision === 'accepted' && chosenMentor !== series.mentorId;
    if (series.decision === 'accepted' && (decision !== 'accepted' || mentorChanged)) for (const row of rows) unfollowEvent(t, row, now);
    t.update(calendarSeries)
      .set({ decision, mentorId: chosenMentor, decidedAt: decision === 'pending' ? null : stamp, updatedAt: stamp })
      .where(eq(calendarSeries.id, seriesId))
      .run();
    if (decision === 'accepted') {
      for (const row of t.select().from(calendarEvents).where(eq(calendarEvents.seriesId, seriesId)).all()) followEvent(t, row, chosenMentor!, now, counts);
    }
    return counts;
  });
}
