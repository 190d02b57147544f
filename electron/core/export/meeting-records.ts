import { and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { advice, agendaItems, commitments, goalMentors, goals, meetings, mentors } from '../db/schema';
import { notFound } from '../errors';
import { addDays, dayIn, zonedTimeToUtc } from '../zoned-time';
import type { ExportSelection, MeetingRecord } from './types';

function meetingIds(db: Db, selection: ExportSelection, timeZone: string): number[] {
  const where =
    selection.kind === 'meeting'
      ? eq(meetings.id, selection.meetingId)
      : selection.kind === 'mentor'
        ? eq(meetings.mentorId, selection.mentorId)
        : selection.kind === 'range'
          ? // From the first day's local midnight up to (not including) the midnight after the last day.
            and(gte(meetings.scheduledAt, dayStart(selection.from, timeZone)), lt(meetings.scheduledAt, dayStart(addDays(selection.to, 1), timeZone)))
          : undefined;
  const ids = db.select({ id: meetings.id }).from(meetings).where(where).orderBy(asc(meetings.scheduledAt), asc(meetings.id)).all().map((r) => r.id);
  if (selection.kind === 'meeting' && ids.length === 0) throw notFound('meeting', selection.meetingId);
  return ids;
}

const dayStart = (day: string, timeZone: string) => zonedTimeToUtc(day, 0, 0, timeZone).toISOString();

const CHUNK = 500;

/** Everything the exports show for the selected meetings, oldest first, read 500 meetings at a time. */
export function meetingRecords(db: Db, selection: ExportSelection, timeZone: string): MeetingRecord[] {
  return [...meetingRecordChunks(db, selection, timeZone)].flat();
}

/** The same records a chunk at a time, so a caller can write each chunk out before the next is read. */
export function* meetingRecordChunks(db: Db, selection: ExportSelection, timeZone: string): Generator<MeetingRecord[]> {
  const ids = meetingIds(db, selection, timeZone);
  for (let i = 0; i < ids.length; i += CHUNK) yield loadChunk(db, ids.slice(i, i + CHUNK), timeZone);
}

// The chunk's ids go in as one JSON array, so each statement is prepared once and reused for every chunk.
const inChunk = (column: SQLiteColumn) => sql`${column} in (select value from json_each(${sql.placeholder('ids')}))`;

function chunkStatements(db: Db) {
  return prepared(db, 'meetingRecords', () => ({
    meetings: db
      .select({ m: meetings, mentorName: mentors.name, mentorEmail: mentors.email })
      .from(meetings)
      .innerJoin(mentors, eq(mentors.id, meetings.mentorId))
      .where(inChunk(meetings.id))
      .orderBy(asc(meetings.scheduledAt), asc(meetings.id))
      .prepare(),
    agenda: db
      .select({ meetingId: agendaItems.meetingId, kind: agendaItems.kind, text: agendaItems.text, minutes: agendaItems.minutes, status: agendaItems.status, goal: goals.title })
      .from(agendaItems)
      .leftJoin(goals, eq(goals.id, agendaItems.goalId))
      .where(inChunk(agendaItems.meetingId))
      .orderBy(asc(agendaItems.position), asc(agendaItems.id))
      .prepare(),
    advice: db
      .select({ meetingId: advice.meetingId, id: advice.id, text: advice.text, goal: goals.title })
      .from(advice)
      .leftJoin(goals, eq(goals.id, advice.goalId))
      .where(inChunk(advice.meetingId))
      .orderBy(asc(advice.id))
      .prepare(),
    commitments: db
      .select({ meetingId: commitments.meetingId, id: commitments.id, title: commitments.title, status: commitments.status, dueDate: commitments.dueDate, outcome: commitments.outcome, adviceId: commitments.adviceId, goal: goals.title })
      .from(commitments)
      .leftJoin(goals, eq(goals.id, commitments.goalId))
      .where(inChunk(commitments.meetingId))
      .orderBy(asc(commitments.id))
      .prepare(),
  }));
}

function loadChunk(db: Db, ids: number[], timeZone: string): MeetingRecord[] {
  const statements = chunkStatements(db);
  const params = { ids: JSON.stringify(ids) };
  const rows = statements.meetings.all(params);
  const agenda = Map.groupBy(statements.agenda.all(params), (a) => a.meetingId!);
  const adviceRows = Map.groupBy(statements.advice.all(params), (a) => a.meetingId!);
  const commitmentRows = Map.groupBy(statements.commitments.all(params), (c) => c.meetingId!);
  const mentorIds = [...new Set(rows.map((r) => r.m.mentorId))];
  const mentorGoals = Map.groupBy(
    db.select({ mentorId: goalMentors.mentorId, title: goals.title }).from(goalMentors).innerJoin(goals, eq(goals.id, goalMentors.goalId)).where(inArray(goalMentors.mentorId, mentorIds)).orderBy(asc(goals.title)).all(),
    (g) => g.mentorId,
  );
  return rows.map(({ m, mentorName, mentorEmail }) => {
    const items = agenda.get(m.id) ?? [];
    const adv = adviceRows.get(m.id) ?? [];
    const coms = commitmentRows.get(m.id) ?? [];
    // The meeting's goals: those its agenda, advice and commitments name; otherwise the mentor's linked goals.
    const named = [...items.map((a) => a.goal), ...adv.map((a) => a.goal), ...coms.map((c) => c.goal)].filter((g): g is string => !!g);
    const goalsOf = named.length ? [...new Set(named)] : (mentorGoals.get(m.mentorId) ?? []).map((g) => g.title);
    return {
      id: m.id,
      scheduledAt: m.scheduledAt,
      day: dayIn(m.scheduledAt, timeZone),
      durationMinutes: m.durationMinutes,
      location: m.location,
      status: m.status,
      notes: m.notes,
      mentor: { id: m.mentorId, name: mentorName, email: mentorEmail },
      goals: goalsOf,
      agenda: items.map(({ kind, text, minutes, status }) => ({ kind, text, minutes, status })),
      advice: adv.map(({ id, text, goal }) => ({ id, text, goal })),
      commitments: coms.map(({ id, title, status, dueDate, outcome, adviceId }) => ({ id, title, status, dueDate, outcome, adviceId })),
    };
  });
}
