import { escapeIcsText, icsDocument } from './ics-fold';
import type { MeetingRecord } from './types';
import { addDays } from '../zoned-time';

/** '2026-11-20T10:00:00.000Z' → '20261120T100000Z' (UTC date-time, RFC 5545 form 2). */
export const utcStamp = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
export const dateValue = (day: string) => day.replace(/-/g, '');

/** Meetings (with their length and place) and commitment due dates (all-day) for any calendar. */
export function meetingsToIcs(records: MeetingRecord[], now: Date): string {
  const stamp = utcStamp(now.toISOString());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:mentor-planner', 'METHOD:PUBLISH', 'X-WR-CALNAME:Mentor Planner', 'X-PUBLISHED-TTL:PT1H'];
  for (const m of records) {
    if (m.status === 'cancelled') continue;
    const description = m.agenda.length ? `Agenda:\n${m.agenda.map((a) => `- ${a.text}`).join('\n')}` : 'Mentor meeting';
    lines.push(
      'BEGIN:VEVENT',
      `UID:meeting-${m.id}@mentor-planner`,
      `SUMMARY:${escapeIcsText(`Mentor meeting: ${m.mentor.name}`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcStamp(m.scheduledAt)}`,
      `DESCRIPTION:${escapeIcsText(description)}`,
      ...(m.location ? [`LOCATION:${escapeIcsText(m.location)}`] : []),
      'STATUS:CONFIRMED',
      `DURATION:PT${m.durationMinutes}M`,
      'END:VEVENT',
    );
    for (const c of m.commitments) {
      if (!c.dueDate || c.status !== 'open') continue;
      lines.push(
        'BEGIN:VEVENT',
        `UID:commitment-${c.id}@mentor-planner`,
        `SUMMARY:${escapeIcsText(`Due: ${c.title}`)}`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${dateValue(c.dueDate)}`,
        // An all-day event ends on the next day (exclusive), per RFC 5545.
        `DTEND;VALUE=DATE:${dateValue(addDays(c.dueDate, 1))}`,
        `DESCRIPTION:${escapeIcsText(`Commitment from the meeting with ${m.mentor.name}`)}`,
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return icsDocument(lines);
}
