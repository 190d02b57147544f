import { and, asc, desc, eq, gte, isNotNull, isNull, or } from 'drizzle-orm';
import type { Db } from '../db/client';
import { advice, commitments, goalMentors, goals, mentors } from '../db/schema';
import { goalProgress } from '../followups/progress';
import { meetingAgenda } from './agenda';
import { summarizeAgenda } from './agenda-summary';
import { requireMeeting } from './meeting-store';
import { previousHeldMeeting } from './meetings';
import type { PrepBrief } from './types';

/**
 * The page to open five minutes before the call: last meeting's recap and advice, what was committed
 * since and what to report back, the goals this mentor helps with and their progress, and the agenda.
 */
export function prepBrief(db: Db, meetingId: number): PrepBrief {
  const meeting = requireMeeting(db, meetingId);
  const mentor = db
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
    .where(eq(mentors.id, meeting.mentorId))
    .get()!;
  const last = previousHeldMeeting(db, meeting.mentorId, meeting.scheduledAt);
  const lastAdvice = last
    ? db.select({ id: advice.id, text: advice.text, verdict: advice.verdict }).from(advice).where(eq(advice.meetingId, last.id)).orderBy(asc(advice.id)).all()
    : [];
  const commitmentFields = {
    id: commitments.id,
    title: commitments.title,
    status: commitments.status,
    outcome: commitments.outcome,
    dueDate: commitments.dueDate,
    owner: commitments.owner,
    reportedBackAt: commitments.reportedBackAt,
  };
  const commitmentsSinceLast = last
    ? db
        .select(commitmentFields)
        .from(commitments)
        .where(and(eq(commitments.mentorId, meeting.mentorId), or(eq(commitments.meetingId, last.id), gte(commitments.createdAt, last.scheduledAt))))
        .orderBy(asc(commitments.id))
        .all()
    : [];
  const awaitingReportBack = db
    .select({ id: commitments.id, title: commitments.title, outcome: commitments.outcome, completedAt: commitments.completedAt })
    .from(commitments)
    .where(and(eq(commitments.mentorId, meeting.mentorId), eq(commitments.status, 'done'), isNull(commitments.reportedBackAt), isNotNull(commitments.completedAt)))
    .orderBy(desc(commitments.completedAt))
    .all();
  const linkedGoals = db
    .select({ id: goals.id, title: goals.title, canHelpWith: goalMentors.canHelpWith })
    .from(goalMentors)
    .innerJoin(goals, eq(goals.id, goalMentors.goalId))
    .where(and(eq(goalMentors.mentorId, meeting.mentorId), or(eq(goals.status, 'active'), eq(goals.status, 'paused'))))
    .orderBy(asc(goals.title))
    .all();
  const progress = goalProgress(db, linkedGoals.map((g) => g.id));
  const agenda = meetingAgenda(db, meetingId);
  return {
    meeting,
    mentor,
    lastMeeting: last ? { id: last.id, scheduledAt: last.scheduledAt, notes: last.notes, advice: lastAdvice } : null,
    commitmentsSinceLast,
    awaitingReportBack,
    goals: linkedGoals.map((g) => ({ ...g, progress: progress.get(g.id)! })),
    agenda,
    summary: summarizeAgenda(agenda, meeting.durationMinutes),
  };
}
