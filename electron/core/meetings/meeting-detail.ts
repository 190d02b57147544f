import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { mentors } from '../db/schema';
import { adviceForMeeting, commitmentsWithoutAdvice } from './advice';
import { meetingAgenda } from './agenda';
import { summarizeAgenda } from './agenda-summary';
import { requireMeeting } from './meeting-store';
import type { MeetingDetail } from './types';

export function getMeetingDetail(db: Db, id: number): MeetingDetail {
  const meeting = requireMeeting(db, id);
  const mentor = prepared(db, 'meetingDetail:mentor', () =>
    db
      .select({ id: mentors.id, name: mentors.name, email: mentors.email, keepInTouchCadenceDays: mentors.keepInTouchCadenceDays })
      .from(mentors)
      .where(eq(mentors.id, sql.placeholder('id')))
      .prepare(),
  ).get({ id: meeting.mentorId })!;
  const agenda = meetingAgenda(db, id);
  return {
    meeting,
    mentor,
    agenda,
    summary: summarizeAgenda(agenda, meeting.durationMinutes),
    advice: adviceForMeeting(db, id),
    otherCommitments: commitmentsWithoutAdvice(db, id),
  };
}
