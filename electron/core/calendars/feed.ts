import type { Db } from '../db/client';
import { dateValue, utcStamp } from '../export/ics';
import { escapeIcsText, icsDocument } from '../export/ics-fold';
import { mentorHealth } from '../mentors/health';
import { getSettings } from '../settings/settings';
import { addDays, dayIn } from '../zoned-time';

const DAY_MS = 86_400_000;
// SEQUENCE grows with every edit without being stored: seconds since 2020 of the row's last update.
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);
const sequenceOf = (updatedAt: string) => Math.max(0, Math.floor((Date.parse(updatedAt) - SEQUENCE_EPOCH) / 1000));

export interface FeedOptions {
  timeZone: string;
  /** Where a prep brief opens (the browser-mode address, or the app's own link). */
  appUrl?: string;
}

interface MeetingRow {
  id: number;
  mentorName: string;
  scheduledAt: string;
  durationMinutes: number;
  location: string;
  status: 'planned' | 'cancelled';
  updatedAt: string;
}

/**
 * The published calendar: planned meetings (with a "prepare for …" alarm the reminder lead time before),
 * commitments falling due, report-backs waiting and mentors to reconnect with (all-day, with an alarm at
 * 09:00). UIDs are stable and SEQUENCE grows with each change, so a subscribed calendar updates events
 * instead of duplicating them. With the 'titles' setting nothing but titles, times and places leaves.
 */
export function buildFeed(db: Db, now: Date, options: FeedOptions): string {
  const settings = getSettings(db);
  const withAgenda = settings.calendarFeedDetail === 'agenda';
  const lead = settings.reminders.prepLeadMinutes;
  const stamp = utcStamp(now.toISOString());
  const today = dayIn(now, options.timeZone);
  const appUrl = options.appUrl ?? 'mentor-planner://';
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:-//Mentor Planner//Calendar feed//EN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Mentor Planner', 'REFRESH-INTERVAL;VALUE=DURATION:PT1H', 'X-PUBLISHED-TTL:PT1H'];
  const from = new Date(now.getTime() - 30 * DAY_MS).toISOString();
  const to = new Date(now.getTime() + 366 * DAY_MS).toISOString();
  const meetings = db.$client
    .prepare(
      `select m.id, t.name as mentorName, m.scheduled_at as scheduledAt, m.duration_minutes as durationMinutes, m.location, m.status, m.updated_at as updatedAt
       from meetings m join mentors t on t.id = m.mentor_id
       where m.status in ('planned', 'cancelled') and m.scheduled_at >= ? and m.scheduled_at < ? order by m.scheduled_at, m.id`,
    )
    .all(from, to) as MeetingRow[];
  const agenda = withAgenda ? agendaByMeeting(db, meetings.map((m) => m.id)) : new Map<number, string[]>();
  for (const m of meetings) {
    const description = withAgenda
      ? [...(agenda.get(m.id)?.length ? ['Agenda:', ...agenda.get(m.id)!.map((text) => `- ${text}`)] : []), `Prep brief: ${appUrl}#/meetings/${m.id}/prep`].join('\n')
      : '';
    lines.push(
      'BEGIN:VEVENT',
      `UID:meeting-${m.id}@mentor-planner`,
      `SEQUENCE:${sequenceOf(m.updatedAt)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcStamp(m.scheduledAt)}`,
      `DURATION:PT${m.durationMinutes}M`,
      `SUMMARY:${escapeIcsText(`Mentor meeting: ${m.mentorName}`)}`,
      ...(m.location ? [`LOCATION:${escapeIcsText(m.location)}`] : []),
      ...(description ? [`DESCRIPTION:${escapeIcsText(description)}`] : []),
      `STATUS:${m.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
      ...(m.status === 'planned' ? alarm(`-PT${lead}M`, `Prepare for ${m.mentorName}`) : []),
      'END:VEVENT',
    );
  }
  for (const c of dueCommitments(db, addDays(today, -14), addDays(today, 366))) {
    lines.push(...allDay(`commitment-${c.id}`, c.dueDate, sequenceOf(c.updatedAt), stamp, `Due: ${c.title}`, withAgenda && c.mentorName ? `Commitment to ${c.mentorName}` : ''));
  }
  const reportAfter = settings.reminders.reportBackAfterDays;
  for (const c of reportBacksWaiting(db, new Date(now.getTime() - 90 * DAY_MS).toISOString())) {
    const due = addDays(dayIn(c.completedAt, options.timeZone), reportAfter);
    lines.push(...allDay(`report-back-${c.id}`, due < today ? today : due, sequenceOf(c.updatedAt), stamp, `Report back to ${c.mentorName}`, withAgenda ? `What came of: ${c.title}` : ''));
  }
  for (const h of mentorHealth(db, now)) {
    if (!h.nextContactDueAt) continue;
    const due = dayIn(h.nextContactDueAt, options.timeZone);
    // An overdue reconnect moves to today (and so changes its SEQUENCE: the day is part of the event).
    const day = due < today ? today : due;
    lines.push(...allDay(`reconnect-${h.mentorId}`, day, sequenceOf(`${day}T00:00:00.000Z`), stamp, `Reconnect with ${h.name}`, ''));
  }
  lines.push('END:VCALENDAR');
  return icsDocument(lines);
}

const alarm = (trigger: string, text: string) => ['BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:${trigger}`, `DESCRIPTION:${escapeIcsText(text)}`, 'END:VALARM'];

function allDay(uid: string, day: string, sequence: number, stamp: string, summary: string, description: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${uid}@mentor-planner`,
    `SEQUENCE:${sequence}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${dateValue(day)}`,
    `DTEND;VALUE=DATE:${dateValue(addDays(day, 1))}`,
    `SUMMARY:${escapeIcsText(summary)}`,
    ...(description ? [`DESCRIPTION:${escapeIcsText(description)}`] : []),
    'TRANSP:TRANSPARENT',
    // 09:00 on the day (floating: the phone's own morning).
    ...alarm('PT9H', summary),
    'END:VEVENT',
  ];
}

function agendaByMeeting(db: Db, ids: number[]): Map<number, string[]> {
  const result = new Map<number, string[]>();
  if (ids.length === 0) return result;
  const rows = db.$client
    .prepare(`select meeting_id as meetingId, text from agenda_items where meeting_id in (select value from json_each(?)) order by meeting_id, position, id`)
    .all(JSON.stringify(ids)) as { meetingId: number; text: string }[];
  for (const r of rows) {
    const list = result.get(r.meetingId) ?? [];
    list.push(r.text);
    result.set(r.meetingId, list);
  }
  return result;
}

function dueCommitments(db: Db, fromDay: string, toDay: string) {
  return db.$client
    .prepare(
      `select c.id, c.title, c.due_date as dueDate, c.updated_at as updatedAt, m.name as mentorName
       from commitments c left join mentors m on m.id = c.mentor_id
       where c.status = 'open' and c.due_date >= ? and c.due_date < ? order by c.due_date, c.id`,
    )
    .all(fromDay, toDay) as { id: number; title: string; dueDate: string; updatedAt: string; mentorName: string | null }[];
}

function reportBacksWaiting(db: Db, since: string) {
  return db.$client
    .prepare(
      `select c.id, c.title, c.completed_at as completedAt, c.updated_at as updatedAt, m.name as mentorName
       from commitments c join mentors m on m.id = c.mentor_id
       where c.status = 'done' and c.reported_back_at is null and c.completed_at >= ? order by c.completed_at, c.id`,
    )
    .all(since) as { id: number; title: string; completedAt: string; updatedAt: string; mentorName: string }[];
}
