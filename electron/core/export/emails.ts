import { and, asc, desc, eq, gte, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { commitments, goalMentors, goals, meetings, mentors } from '../db/schema';
import { conflict, notFound } from '../errors';
import { goalProgress } from '../followups/progress';
import { firstName, mailtoUrl } from '../mail';
import { meetingRecords } from './meeting-records';
import { dayIn, formatCalendarDay } from '../zoned-time';
import type { EmailDraft } from './types';

/** Where the reader is: days are the ones they lived (their zone), written as they read them (their locale). */
export interface Reader {
  timeZone: string;
  locale: string;
}

/** After a held meeting: thanks, what I took away, and what I committed to by when. */
export function followUpEmail(db: Db, meetingId: number, { timeZone, locale }: Reader): EmailDraft {
  const [m] = meetingRecords(db, { kind: 'meeting', meetingId }, timeZone);
  const day = (d: string) => formatCalendarDay(d, locale);
  if (m.status !== 'held') throw conflict('Mark the meeting as held first; the follow-up email sums up what was said.');
  const lines = [`Hi ${firstName(m.mentor.name)},`, '', 'Thank you for your time today — it was really helpful.', ''];
  if (m.advice.length) lines.push('What I took away:', ...m.advice.map((a) => `- ${a.text}`), '');
  const mine = m.commitments.filter((c) => c.status === 'open');
  if (mine.length) lines.push('What I will do:', ...mine.map((c) => `- ${c.title}${c.dueDate ? ` (by ${day(c.dueDate)})` : ''}`), '');
  lines.push('I will let you know how it goes.', '', 'Best,');
  const subject = `Thank you — our conversation on ${day(m.day)}`;
  const body = lines.join('\n');
  return { to: m.mentor.email, subject, body, mailto: mailtoUrl(m.mentor.email, subject, body) };
}

/** The Markdown page as an email reads: headings become "Heading:" lines, no ** or _ markers. */
export function asPlainEmail(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+(.*)$/gm, '$1:')
    .replace(/\*\*/g, '')
    .replace(/^_(.*)_$/gm, '$1');
}

export interface ProgressUpdate extends EmailDraft {
  markdown: string;
}

/** One page for a mentor: outcomes and goal progress since our last meeting. */
export function progressUpdate(db: Db, mentorId: number, now: Date, { timeZone, locale }: Reader): ProgressUpdate {
  const day = (instant: Date | string) => formatCalendarDay(dayIn(instant, timeZone), locale);
  const mentor = db.select().from(mentors).where(eq(mentors.id, mentorId)).get();
  if (!mentor) throw notFound('mentor', mentorId);
  const last = db
    .select({ scheduledAt: meetings.scheduledAt })
    .from(meetings)
    .where(and(eq(meetings.mentorId, mentorId), eq(meetings.status, 'held')))
    .orderBy(desc(meetings.scheduledAt))
    .get();
  const since = last?.scheduledAt ?? '0000';
  const outcomes = db
    .select({ title: commitments.title, outcome: commitments.outcome, completedAt: commitments.completedAt })
    .from(commitments)
    .where(and(eq(commitments.mentorId, mentorId), eq(commitments.status, 'done'), isNotNull(commitments.completedAt), gte(commitments.completedAt, since)))
    .orderBy(asc(commitments.completedAt))
    .all();
  const linked = db
    .select({ id: goals.id, title: goals.title, status: goals.status })
    .from(goalMentors)
    .innerJoin(goals, eq(goals.id, goalMentors.goalId))
    .where(eq(goalMentors.mentorId, mentorId))
    .orderBy(asc(goals.title))
    .all();
  const progress = goalProgress(db, linked.map((g) => g.id));
  const sinceText = last ? `since we met on ${day(last.scheduledAt)}` : 'so far';
  const md = [
    `# Progress update for ${mentor.name}`,
    '',
    `_${day(now)}, ${sinceText}_`,
    '',
    '## What I did with your advice',
    '',
    ...(outcomes.length ? outcomes.map((o) => `- **${o.title}**${o.outcome ? ` — ${o.outcome}` : ''}`) : ['- Nothing finished yet; I will report back soon.']),
    '',
    '## Goals you help me with',
    '',
    ...(linked.length
      ? linked.map((g) => {
          const p = progress.get(g.id)!;
          return `- **${g.title}** (${g.status}): ${p.ratio === null ? 'no commitments yet' : `${Math.round(p.ratio * 100)}% — ${p.done} of ${p.total} commitments done`}`;
        })
      : ['- No goals linked yet.']),
    '',
  ].join('\n');
  const subject = `Progress update ${sinceText}`;
  const body = `Hi ${firstName(mentor.name)},\n\n${asPlainEmail(md.split('\n').slice(4).join('\n'))}\nThank you for your help.\n\nBest,`;
  return { to: mentor.email, subject, body, mailto: mailtoUrl(mentor.email, subject, body), markdown: md };
}
