import { createEvents, type EventAttributes } from 'ics';
import type { MeetingRecord } from './types';

const toArray = (iso: string): [number, number, number, number, number] => {
  const d = new Date(iso);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
};

/** Meetings (with their length and place) and commitment due dates (all-day) for any calendar. */
export function meetingsToIcs(records: MeetingRecord[], now: Date): string {
  const stamp = now.getTime();
  const events: EventAttributes[] = [];
  for (const m of records) {
    if (m.status === 'cancelled') continue;
    events.push({
      uid: `meeting-${m.id}@mentor-planner`,
      title: `Mentor meeting: ${m.mentor.name}`,
      description: m.agenda.length ? `Agenda:\n${m.agenda.map((a) => `- ${a.text}`).join('\n')}` : 'Mentor meeting',
      location: m.location || undefined,
      start: toArray(m.scheduledAt),
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { minutes: m.durationMinutes },
      status: 'CONFIRMED',
      timestamp: stamp,
    } as EventAttributes);
    for (const c of m.commitments) {
      if (!c.dueDate || c.status !== 'open') continue;
      const [y, mo, d] = c.dueDate.split('-').map(Number);
      const next = new Date(Date.UTC(y, mo - 1, d + 1));
      events.push({
        uid: `commitment-${c.id}@mentor-planner`,
        title: `Due: ${c.title}`,
        description: `Commitment from the meeting with ${m.mentor.name}`,
        start: [y, mo, d],
        // An all-day event ends on the next day (exclusive), per RFC 5545.
        end: [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()],
        timestamp: stamp,
      } as EventAttributes);
    }
  }
  if (events.length === 0) return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:mentor-planner', 'END:VCALENDAR', ''].join('\r\n');
  const { error, value } = createEvents(events, { productId: 'mentor-planner', calName: 'Mentor Planner' });
  if (error || !value) throw new Error(`Could not build the calendar file: ${error?.message ?? 'unknown error'}`);
  return value;
}
