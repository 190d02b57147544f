import { and, asc, desc, eq, gte, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { prepared, preparedCappedCount } from '../db/prepared';
import { advice, commitments, goalMentors, goals, meetings, mentors } from '../db/schema';
import { goalProgress } from '../followups/progress';
import { meetingAgenda } from './agenda';
import { summarizeAgenda } from './agenda-summary';
import { requireMeeting } from './meeting-store';
import { PREP_LIST_LIMIT, type PrepBrief } from './types';

const mentorId = sql.placeholder('mentorId');
const sinceLastWhere = (): SQL =>
  and(eq(commitments.mentorId, mentorId), or(eq(commitments.meetingId, sql.placeholder('lastId')), gte(commitments.createdAt, sql.placeholder('lastAt'))))!;
const awaitingWhere = (): SQL =>
  and(eq(commitments.mentorId, mentorId), eq(commitments.status, 'done'), isNull(commitments.reportedBackAt), isNotNull(commitments.completedAt))!;

/** Each statement of the brief, built and prepared once per connection. */
function statements(db: Db) {
  return prepared(db, 'prepBrief', () => ({
    mentor: db
      .select({
        id: mentors.id,
        name: mentors.name,
        role: mentors.role,
        organization: mentors.organization,
        agreementMeetingFrequency: mentors.agreementMeetingFrequency,
        agreementSessionLength: mentors.agreementSessionLength,
        agreementFocus: mentors.agreementFocus,
        agreementConfidentiality: mentors.agreementConfidentiality,
      })
      .from(mentors)
      .where(eq(mentors.id, mentorId))
      .prepare(),
    last: db
      .select({ id: meetings.id, scheduledAt: meetings.scheduledAt, notes: meetings.notes })
      .from(meetings)
      .where(and(eq(meetings.mentorId, mentorId), eq(meetings.status, 'held'), lt(meetings.scheduledAt, sql.placeholder('before'))))
      .orderBy(desc(meetings.scheduledAt), desc(meetings.id))
      .limit(1)
      .prepare(),
    lastAdvice: db
      .select({ id: advice.id, text: advice.text, verdict: advice.verdict })
      .from(advice)
      .where(eq(advice.meetingId, sql.placeholder('meetingId')))
      .orderBy(asc(advice.id))
      .prepare(),
    sinceLast: db
      .select({
        id: commitments.id,
        title: commitments.title,
        status: commitments.status,
        outcome: commitments.outcome,
        dueDate: commitments.dueDate,
        owner: commitments.owner,
        reportedBackAt: commitments.reportedBackAt,
      })
      .from(commitments)
      .where(sinceLastWhere())
      .orderBy(asc(commitments.id))
      .limit(PREP_LIST_LIMIT)
      .prepare(),
    awaiting: db
      .select({ id: commitments.id, title: commitments.title, outcome: commitments.outcome, completedAt: commitments.completedAt })
      .from(commitments)
      .where(awaitingWhere())
      .orderBy(desc(commitments.completedAt), desc(commitments.id))
      .limit(PREP_LIST_LIMIT)
      .prepare(),
    goals: db
      .select({ id: goals.id, title: goals.title, canHelpWith: goalMentors.canHelpWith })
      .from(goalMentors)
      .innerJoin(goals, eq(goals.id, goalMentors.goalId))
      .where(and(eq(goalMentors.mentorId, mentorId), or(eq(goals.status, 'active'), eq(goals.status, 'paused'))))
      .orderBy(asc(goals.title))
      .prepare(),
  }));
}

/**
 * The page to open five minutes before the call: last meeting's recap and advice, what was committed
 * since and what to report back (the first few of each, with how many there are), the goals this
 * mentor helps with and their progress, and the agenda.
 */
export function prepBrief(db: Db, meetingId: number): PrepBrief {
  const meeting = requireMeeting(db, meetingId);
  const q = statements(db);
  const who = { mentorId: meeting.mentorId };
  const mentor = q.mentor.get(who)!;
  const last = q.last.get({ ...who, before: meeting.scheduledAt });
  const since = last ? { ...who, lastId: last.id, lastAt: last.scheduledAt } : null;
  const commitmentsSinceLast = since ? q.sinceLast.all(since) : [];
  const awaitingReportBack = q.awaiting.all(who);
  // A list shorter than its limit is its own count; only a full one asks SQLite (capped).
  const total = (key: string, shown: number, where: () => SQL, params: Record<string, unknown>) =>
    shown < PREP_LIST_LIMIT ? shown : preparedCappedCount(db, `prepBrief:${key}`, commitments, where, params);
  const linkedGoals = q.goals.all(who);
  const progress = goalProgress(db, linkedGoals.map((g) => g.id));
  const agenda = meetingAgenda(db, meetingId);
  return {
    meeting,
    mentor,
    lastMeeting: last ? { ...last, advice: q.lastAdvice.all({ meetingId: last.id }) } : null,
    commitmentsSinceLast,
    awaitingReportBack,
    totals: {
      commitmentsSinceLast: since ? total('sinceLast', commitmentsSinceLast.length, sinceLastWhere, since) : 0,
      awaitingReportBack: total('awaiting', awaitingReportBack.length, awaitingWhere, who),
    },
    goals: linkedGoals.map((g) => ({ ...g, progress: progress.get(g.id)! })),
    agenda,
    summary: summarizeAgenda(agenda, meeting.durationMinutes),
  };
}
