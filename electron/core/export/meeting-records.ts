import type Database from 'better-sqlite3';
import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { notFound } from '../errors';
import type { AgendaKind, AgendaStatus, CommitmentStatus, MeetingStatus } from '../values';
import { addDays, dayIn, zonedTimeToUtc } from '../zoned-time';
import type { ContentsEntry, ExportSelection, MeetingRecord } from './types';

// Where a selection's meetings are, oldest first, with what a contents list needs: the chunks read them by id.
const PICKED = 'SELECT m.id, m.scheduled_at AS scheduledAt, x.name AS mentorName FROM meetings m JOIN mentors x ON x.id = m.mentor_id';
const SELECTED = {
  meeting: `${PICKED} WHERE m.id = @meetingId`,
  mentor: `${PICKED} WHERE m.mentor_id = @mentorId ORDER BY m.scheduled_at, m.id`,
  // From the first day's local midnight up to (not including) the midnight after the last day.
  range: `${PICKED} WHERE m.scheduled_at >= @from AND m.scheduled_at < @to ORDER BY m.scheduled_at, m.id`,
  all: `${PICKED} ORDER BY m.scheduled_at, m.id`,
};

// Each chunk's ids go in as one JSON array that drives the join, so every statement is prepared once and looks
// up only its chunk's rows by index (in ascending order: neighbouring index pages). Goal titles come from one small map (a join per row cost
// a third of the read), and the few rows of a meeting are sorted in JavaScript, not in a temporary B-tree.
const CHUNK_SQL = {
  meetings: `SELECT m.id, m.mentor_id AS mentorId, m.scheduled_at AS scheduledAt, m.duration_minutes AS durationMinutes, m.location, m.status, m.notes, x.name AS mentorName, x.email AS mentorEmail
    FROM json_each(@ids) j JOIN meetings m ON m.id = j.value JOIN mentors x ON x.id = m.mentor_id ORDER BY j.key`,
  agenda: `SELECT a.meeting_id AS meetingId, a.id, a.position, a.kind, a.text, a.minutes, a.status, a.goal_id AS goalId
    FROM json_each(@ascending) j JOIN agenda_items a ON a.meeting_id = j.value`,
  advice: 'SELECT a.meeting_id AS meetingId, a.id, a.text, a.goal_id AS goalId FROM json_each(@ascending) j JOIN advice a ON a.meeting_id = j.value',
  commitments: `SELECT c.meeting_id AS meetingId, c.id, c.title, c.status, c.due_date AS dueDate, c.outcome, c.advice_id AS adviceId, c.goal_id AS goalId
    FROM json_each(@ascending) j JOIN commitments c ON c.meeting_id = j.value`,
  // The same rows of every meeting, in one pass over each table (see wholeTables).
  allAgenda: 'SELECT a.meeting_id AS meetingId, a.id, a.position, a.kind, a.text, a.minutes, a.status, a.goal_id AS goalId FROM agenda_items a WHERE a.meeting_id IS NOT NULL',
  allAdvice: 'SELECT a.meeting_id AS meetingId, a.id, a.text, a.goal_id AS goalId FROM advice a WHERE a.meeting_id IS NOT NULL',
  allCommitments: `SELECT c.meeting_id AS meetingId, c.id, c.title, c.status, c.due_date AS dueDate, c.outcome, c.advice_id AS adviceId, c.goal_id AS goalId
    FROM commitments c WHERE c.meeting_id IS NOT NULL`,
  goals: 'SELECT id, title FROM goals',
  mentorGoals: 'SELECT gm.mentor_id AS mentorId, g.title FROM json_each(@mentors) j JOIN goal_mentors gm ON gm.mentor_id = j.value JOIN goals g ON g.id = gm.goal_id ORDER BY g.title, g.id',
  allMentorGoals: 'SELECT gm.mentor_id AS mentorId, g.title FROM goal_mentors gm JOIN goals g ON g.id = gm.goal_id ORDER BY g.title, g.id',
};

interface MeetingRow {
  id: number;
  mentorId: number;
  scheduledAt: string;
  durationMinutes: number;
  location: string;
  status: MeetingStatus;
  notes: string;
  mentorName: string;
  mentorEmail: string;
}
interface AgendaRow {
  meetingId: number;
  id: number;
  position: number;
  kind: AgendaKind;
  text: string;
  minutes: number;
  status: AgendaStatus;
  goalId: number | null;
}
interface AdviceRow {
  meetingId: number;
  id: number;
  text: string;
  goalId: number | null;
}
interface CommitmentRow {
  meetingId: number;
  id: number;
  title: string;
  status: CommitmentStatus;
  dueDate: string | null;
  outcome: string;
  adviceId: number | null;
  goalId: number | null;
}

type Statements = { [K in keyof typeof CHUNK_SQL]: Database.Statement } & { [K in keyof typeof SELECTED]: Database.Statement } & {
  first: { [K in keyof typeof SELECTED]: Database.Statement };
};

function statements(db: Db): Statements {
  return prepared(db, 'meetingRecords', () => {
    const sqlite = db.$client;
    const all = { ...SELECTED, ...CHUNK_SQL };
    const first = Object.fromEntries(Object.entries(SELECTED).map(([key, text]) => [key, sqlite.prepare(`${text} LIMIT 1`)]));
    return { ...Object.fromEntries(Object.entries(all).map(([key, text]) => [key, sqlite.prepare(text)])), first } as Statements;
  });
}

const dayStart = (day: string, timeZone: string) => zonedTimeToUtc(day, 0, 0, timeZone).toISOString();

/** One selected meeting, before its records are read. */
export interface SelectedMeeting extends ContentsEntry {
  id: number;
}

function selected(db: Db, selection: ExportSelection, timeZone: string, onlyFirst = false): SelectedMeeting[] {
  const s = statements(db);
  const params =
    selection.kind === 'meeting'
      ? { meetingId: selection.meetingId }
      : selection.kind === 'mentor'
        ? { mentorId: selection.mentorId }
        : selection.kind === 'range'
          ? { from: dayStart(selection.from, timeZone), to: dayStart(addDays(selection.to, 1), timeZone) }
          : {};
  const rows = (onlyFirst ? s.first : s)[selection.kind].all(params) as { id: number; scheduledAt: string; mentorName: string }[];
  if (selection.kind === 'meeting' && rows.length === 0) throw notFound('meeting', selection.meetingId);
  return rows.map((r) => ({ id: r.id, day: dayIn(r.scheduledAt, timeZone), mentor: { name: r.mentorName } }));
}

const CHUNK = 500;

/** Everything the exports show for the selected meetings, oldest first, read 500 meetings at a time. */
export function meetingRecords(db: Db, selection: ExportSelection, timeZone: string): MeetingRecord[] {
  return [...meetingRecordChunks(db, selection, timeZone)].flat();
}

/** The selected meetings (for a contents list and a progress count), and their records a chunk at a time. */
export function selectMeetings(db: Db, selection: ExportSelection, timeZone: string): { meetings: SelectedMeeting[]; chunks: Generator<MeetingRecord[]> } {
  const meetings = selected(db, selection, timeZone);
  return { meetings, chunks: chunksOf(db, meetings.map((m) => m.id), timeZone, selection.kind === 'all') };
}

/** The selection's first meeting, without reading the others (for a file name). */
export const firstSelected = (db: Db, selection: ExportSelection, timeZone: string): SelectedMeeting | undefined => selected(db, selection, timeZone, true)[0];

/** The same records a chunk at a time, so a caller can write each chunk out before the next is read. */
export function meetingRecordChunks(db: Db, selection: ExportSelection, timeZone: string): Generator<MeetingRecord[]> {
  return selectMeetings(db, selection, timeZone).chunks;
}

/**
 * Below this many meetings, an export of every meeting reads each table in one pass instead of looking up
 * each chunk's rows by index: a sequential scan costs a third of the CPU of ~100 000 index lookups (heavy
 * profile), at the price of holding those rows (tens of MB) until the export ends. Above it, chunks keep
 * memory bounded.
 */
const WHOLE_TABLES_UP_TO = 10_000;

interface ChildRows {
  agenda: Map<number, AgendaRow[]>;
  advice: Map<number, AdviceRow[]>;
  commitments: Map<number, CommitmentRow[]>;
  /** Each mentor's linked goals, by title: a meeting that names none shows these. */
  mentorGoals: Map<number, { title: string }[]>;
}

type MentorGoalRow = { mentorId: number; title: string };

const wholeTables = (s: Statements): ChildRows => ({
  agenda: Map.groupBy(s.allAgenda.all() as AgendaRow[], (a) => a.meetingId),
  advice: Map.groupBy(s.allAdvice.all() as AdviceRow[], (a) => a.meetingId),
  commitments: Map.groupBy(s.allCommitments.all() as CommitmentRow[], (c) => c.meetingId),
  mentorGoals: Map.groupBy(s.allMentorGoals.all() as MentorGoalRow[], (g) => g.mentorId),
});

function chunkRows(s: Statements, meetings: MeetingRow[]): ChildRows {
  const params = { ascending: JSON.stringify(meetings.map((m) => m.id).sort((a, b) => a - b)) };
  return {
    agenda: Map.groupBy(s.agenda.all(params) as AgendaRow[], (a) => a.meetingId),
    advice: Map.groupBy(s.advice.all(params) as AdviceRow[], (a) => a.meetingId),
    commitments: Map.groupBy(s.commitments.all(params) as CommitmentRow[], (c) => c.meetingId),
    mentorGoals: Map.groupBy(s.mentorGoals.all({ mentors: JSON.stringify([...new Set(meetings.map((m) => m.mentorId))]) }) as MentorGoalRow[], (g) => g.mentorId),
  };
}

function* chunksOf(db: Db, ids: number[], timeZone: string, everyMeeting: boolean): Generator<MeetingRecord[]> {
  if (ids.length === 0) return;
  const s = statements(db);
  const goalTitles = new Map((s.goals.all() as { id: number; title: string }[]).map((g) => [g.id, g.title]));
  const whole = everyMeeting && ids.length <= WHOLE_TABLES_UP_TO ? wholeTables(s) : null;
  for (let i = 0; i < ids.length; i += CHUNK) yield loadChunk(s, ids.slice(i, i + CHUNK), (meetings) => whole ?? chunkRows(s, meetings), goalTitles, timeZone);
}

const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
const byPosition = (a: AgendaRow, b: AgendaRow) => a.position - b.position || a.id - b.id;

function loadChunk(s: Statements, ids: number[], childrenOf: (meetings: MeetingRow[]) => ChildRows, goalTitles: Map<number, string>, timeZone: string): MeetingRecord[] {
  const rows = s.meetings.all({ ids: JSON.stringify(ids) }) as MeetingRow[];
  const { agenda, advice: adviceRows, commitments: commitmentRows, mentorGoals } = childrenOf(rows);
  const goal = (id: number | null) => (id === null ? null : (goalTitles.get(id) ?? null));
  return rows.map((m) => {
    const items = (agenda.get(m.id) ?? []).sort(byPosition);
    const adv = (adviceRows.get(m.id) ?? []).sort(byId);
    const coms = (commitmentRows.get(m.id) ?? []).sort(byId);
    // The meeting's goals: those its agenda, advice and commitments name; otherwise the mentor's linked goals.
    const named = [...items, ...adv, ...coms].map((row) => goal(row.goalId)).filter((g): g is string => !!g);
    return {
      id: m.id,
      scheduledAt: m.scheduledAt,
      day: dayIn(m.scheduledAt, timeZone),
      durationMinutes: m.durationMinutes,
      location: m.location,
      status: m.status,
      notes: m.notes,
      mentor: { id: m.mentorId, name: m.mentorName, email: m.mentorEmail },
      goals: named.length ? [...new Set(named)] : (mentorGoals.get(m.mentorId) ?? []).map((g) => g.title),
      agenda: items.map(({ kind, text, minutes, status }) => ({ kind, text, minutes, status })),
      advice: adv.map(({ id, text, goalId }) => ({ id, text, goal: goal(goalId) })),
      commitments: coms.map(({ id, title, status, dueDate, outcome, adviceId }) => ({ id, title, status, dueDate, outcome, adviceId })),
    };
  });
}
