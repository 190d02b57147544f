import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { writeTransaction } from '../db/write-transaction';
import { calendarEvents, calendarSeries, calendarSources } from '../db/schema';
import { emptyFollowCounts, followEvent, hasEnded, type FollowCounts } from './follow';
import type { ExpandWindow } from './ics-parse';
import { createMatcher, mentorsToMatch } from './matching';
import type { CalendarOccurrence, CalendarSyncSummary, ParsedCalendar } from './types';

const DAY_MS = 86_400_000;

/** The stretch of a calendar the app reads: a year back (for contact) and a year ahead. */
export function syncWindow(now: Date): ExpandWindow {
  return { from: new Date(now.getTime() - 365 * DAY_MS), to: new Date(now.getTime() + 365 * DAY_MS) };
}

type EventRow = typeof calendarEvents.$inferSelect;
type SeriesRow = typeof calendarSeries.$inferSelect;

/**
 * Brings a source's stored events in line with what its calendar shows now, in one transaction:
 * new series are matched to mentors (and wait for review), changed occurrences are updated, ones no
 * longer in the calendar are marked removed, and every occurrence of an accepted series is followed by
 * its meeting or logged contact. Running it twice on the same calendar changes nothing.
 */
export function syncSource(db: Db, sourceId: number, parsed: ParsedCalendar, window: ExpandWindow, now: Date): CalendarSyncSummary {
  // Also run by the background refresh, outside dispatch: it takes the write lock itself.
  const sqlite = db.$client;
  return writeTransaction(sqlite, () => {
    const t = db;
    const stamp = now.toISOString();
    const source = t.select().from(calendarSources).where(eq(calendarSources.id, sourceId)).get()!;
    const bySeries = groupByUid(parsed.occurrences);
    const series = upsertSeries(t, sqlite, sourceId, bySeries, stamp);
    const existing = new Map<string, EventRow>();
    for (const row of t.select().from(calendarEvents).where(inArray(calendarEvents.seriesId, allSeriesIds(t, sourceId))).all()) {
      existing.set(`${row.seriesId}|${row.originalStart}`, row);
    }
    // Thousands of new rows on a first import: one prepared statement, not a query built per row.
    const insertEvent = sqlite.prepare(
      `insert into calendar_events (series_id, original_start, summary, starts_at, duration_minutes, location, cancelled, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const touched: EventRow[] = [];
    const seen = new Set<string>();
    for (const [uid, occurrences] of bySeries) {
      const seriesRow = series.get(uid)!;
      for (const o of occurrences) {
        const key = `${seriesRow.id}|${o.originalStart}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const before = existing.get(key);
        const values = { summary: o.summary, startsAt: o.startsAt, durationMinutes: o.durationMinutes, location: o.location, cancelled: o.cancelled };
        if (!before) {
          const id = Number(
            insertEvent.run(seriesRow.id, o.originalStart, values.summary, values.startsAt, values.durationMinutes, values.location, values.cancelled ? 1 : 0, stamp, stamp).lastInsertRowid,
          );
          // A new series waits for review; only occurrences added to an accepted one are followed now.
          if (seriesRow.decision === 'accepted') {
            touched.push({ id, seriesId: seriesRow.id, originalStart: o.originalStart, ...values, removedAt: null, meetingId: null, meetingMadeAt: null, interactionId: null, createdAt: stamp, updatedAt: stamp });
          }
        } else if (changed(before, values)) {
          touched.push(t.update(calendarEvents).set({ ...values, removedAt: null, updatedAt: stamp }).where(eq(calendarEvents.id, before.id)).returning().get());
        } else if (seriesRow.decision === 'accepted' && needsFollow(before, now)) {
          touched.push(before);
        }
      }
    }
    // Inside the window but gone from the calendar: deleted there.
    for (const [key, row] of existing) {
      if (seen.has(key) || row.removedAt) continue;
      const at = new Date(row.startsAt);
      if (at < window.from || at > window.to) continue;
      touched.push(t.update(calendarEvents).set({ removedAt: stamp, updatedAt: stamp }).where(eq(calendarEvents.id, row.id)).returning().get());
    }
    const counts = followTouched(t, touched, now);
    t.update(calendarSources)
      .set({ lastRefreshedAt: stamp, lastError: '', updatedAt: stamp })
      .where(eq(calendarSources.id, sourceId))
      .run();
    const toReview = t
      .select({ id: calendarSeries.id })
      .from(calendarSeries)
      .where(and(eq(calendarSeries.sourceId, sourceId), eq(calendarSeries.decision, 'pending'), isNotNull(calendarSeries.mentorId)))
      .all().length;
    return {
      sourceId,
      sourceName: source.name,
      events: seen.size,
      series: bySeries.size,
      toReview,
      ...counts,
    };
  });
}

function allSeriesIds(db: Db, sourceId: number): number[] {
  return db.select({ id: calendarSeries.id }).from(calendarSeries).where(eq(calendarSeries.sourceId, sourceId)).all().map((r) => r.id);
}

function groupByUid(occurrences: CalendarOccurrence[]): Map<string, CalendarOccurrence[]> {
  const groups = new Map<string, CalendarOccurrence[]>();
  for (const o of occurrences) {
    const list = groups.get(o.uid) ?? [];
    list.push(o);
    groups.set(o.uid, list);
  }
  return groups;
}

/** One row per series; an undecided one is matched again (a mentor may have been added since). */
function upsertSeries(db: Db, sqlite: Db['$client'], sourceId: number, bySeries: Map<string, CalendarOccurrence[]>, stamp: string): Map<string, SeriesRow> {
  const matchSeries = createMatcher(mentorsToMatch(db));
  const rows = new Map(db.select().from(calendarSeries).where(eq(calendarSeries.sourceId, sourceId)).all().map((r) => [r.uid, r]));
  const result = new Map<string, SeriesRow>();
  const insertSeries = sqlite.prepare(
    `insert into calendar_series (source_id, uid, summary, mentor_id, matched_by, decision, created_at, updated_at) values (?, ?, ?, ?, ?, 'pending', ?, ?)`,
  );
  for (const [uid, occurrences] of bySeries) {
    const summary = occurrences.find((o) => o.originalStart === '')?.summary ?? occurrences[0].summary;
    const emails = [...new Set(occurrences.flatMap((o) => o.emails))];
    const row = rows.get(uid);
    if (!row) {
      const match = matchSeries(summary, emails);
      const mentorId = match?.mentorId ?? null;
      const matchedBy = match?.matchedBy ?? null;
      const id = Number(insertSeries.run(sourceId, uid, summary, mentorId, matchedBy, stamp, stamp).lastInsertRowid);
      result.set(uid, { id, sourceId, uid, summary, mentorId, matchedBy, decision: 'pending', decidedAt: null, createdAt: stamp, updatedAt: stamp });
      continue;
    }
    const rematch = row.decision === 'pending' && row.mentorId === null ? matchSeries(summary, emails) : null;
    if (row.summary !== summary || rematch) {
      const patch = { summary, updatedAt: stamp, ...(rematch ? { mentorId: rematch.mentorId, matchedBy: rematch.matchedBy } : {}) };
      result.set(uid, db.update(calendarSeries).set(patch).where(eq(calendarSeries.id, row.id)).returning().get());
    } else {
      result.set(uid, row);
    }
  }
  return result;
}

const changed = (row: EventRow, values: Pick<EventRow, 'summary' | 'startsAt' | 'durationMinutes' | 'location' | 'cancelled'>) =>
  row.removedAt !== null ||
  row.summary !== values.summary ||
  row.startsAt !== values.startsAt ||
  row.durationMinutes !== values.durationMinutes ||
  row.location !== values.location ||
  row.cancelled !== values.cancelled;

/** An unchanged occurrence still needs following once time passed it (it is contact now) or it lacks its meeting. */
function needsFollow(row: EventRow, now: Date): boolean {
  if (row.cancelled || row.removedAt) return false;
  return hasEnded(row, now) ? !row.interactionId : !row.meetingMadeAt;
}

function followTouched(db: Db, rows: EventRow[], now: Date): FollowCounts {
  const counts = emptyFollowCounts();
  if (rows.length === 0) return counts;
  const seriesIds = [...new Set(rows.map((r) => r.seriesId))];
  const accepted = new Map(
    db
      .select({ id: calendarSeries.id, mentorId: calendarSeries.mentorId })
      .from(calendarSeries)
      .where(and(inArray(calendarSeries.id, seriesIds), eq(calendarSeries.decision, 'accepted')))
      .all()
      .map((s) => [s.id, s.mentorId]),
  );
  for (const row of rows) {
    const mentorId = accepted.get(row.seriesId);
    if (mentorId) followEvent(db, row, mentorId, now, counts);
  }
  return counts;
}
