import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../db/client';
import { advice, agendaItems, commitments, goalMentors, goals, meetings, mentors } from '../db/schema';
import { notFound } from '../errors';
import type { ExportSelection, MeetingRecord } from './types';

function meetingIds(db: Db, selection: ExportSelection): number[] {
  const where =
    selection.kind === 'meeting'
      ? eq(meetings.id, selection.meetingId)
      : selection.kind === 'mentor'
        ? eq(meetings.mentorId, selection.mentorId)
        : selection.kind === 'range'
          ? and(gte(meetings.scheduledAt, `${selection.from}T00:00:00.000Z`), lte(meetings.scheduledAt, `${selection.to}T23:59:59.999Z`))
          : undefined;
  const ids = db.select({ id: meetings.id }).from(meetings).where(where).orderBy(asc(meetings.scheduledAt), asc(meetings.id)).all().map((r) => r.id);
  if (selection.kind === 'meeting' && ids.length === 0) throw notFound('meeting', selection.meetingId);
  return ids;
}

const CHUNK = 500;

/** Everything the exports show for the selected meetings, oldest first, in a few queries per 500 meetings. */
export function meetingRecords(db: Db, selection: ExportSelection): MeetingRecord[] {
  const ids = meetingIds(db, selection);
  const out: MeetingRecord[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...loadChunk(db, ids.slice(i, i + CHUNK)));
  return out;
}

function loadChunk(db: Db, ids: number[]): MeetingRecord[] {
  const rows = db
    .select({ m: meetings, mentorName: mentors.name, mentorEmail: mentors.email })
    .from(meetings)
    .innerJoin(mentors, eq(mentors.id, meetings.mentorId))
    .where(inArray(meetings.id, ids))
    .orderBy(asc(meetings.scheduledAt), asc(meetings.id))
    .all();
  const agenda = Map.groupBy(
    db.select({ meetingId: agendaItems.meetingId, kind: agendaItems.kind, text: agendaItems.text, minutes: agendaItems.minutes, status: agendaItems.status, goal: goals.title })
      .from(agendaItems)
      .leftJoin(goals, eq(goals.id, agendaItems.goalId))
      .where(inArray(agendaItems.meetingId, ids))
      .orderBy(asc(agendaItems.position), asc(agendaItems.id))
      .all(),
    (a) => a.meetingId!,
  );
  const adviceRows = Map.groupBy(
    db.select({ meetingId: advice.meetingId, id: advice.id, text: advice.text, goal: goals.title })
      .from(advice)
      .leftJoin(goals, eq(goals.id, advice.goalId))
      .where(inArray(advice.meetingId, ids))
      .orderBy(asc(advice.id))
      .all(),
    (a) => a.meetingId!,
  );
  const commitmentRows = Map.groupBy(
    db.select({ meetingId: commitments.meetingId, id: commitments.id, title: commitments.title, status: commitments.status, dueDate: commitments.dueDate, outcome: commitments.outcome, adviceId: commitments.adviceId, goal: goals.title })
      .from(commitments)
      .leftJoin(goals, eq(goals.id, commitments.goalId))
      .where(inArray(commitments.meetingId, ids))
      .orderBy(asc(commitments.id))
      .all(),
    (c) => c.meetingId!,
  );
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
