// Builds iCalendar text for calendar tests: real RFC 5545 lines that ical.js (and radicale) read.
export interface TestEvent {
  uid: string;
  summary: string;
  /** 'YYYYMMDDTHHMMSSZ' (UTC) or a local 'YYYYMMDDTHHMMSS' with tzid. */
  start: string;
  end?: string;
  tzid?: string;
  rrule?: string;
  exdates?: string[];
  recurrenceId?: string;
  status?: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';
  location?: string;
  organizer?: string;
  attendees?: string[];
  sequence?: number;
}

export function vevent(e: TestEvent): string {
  const tz = e.tzid ? `;TZID=${e.tzid}` : '';
  const lines = ['BEGIN:VEVENT', `UID:${e.uid}`, 'DTSTAMP:20261101T000000Z', `DTSTART${tz}:${e.start}`];
  if (e.end) lines.push(`DTEND${tz}:${e.end}`);
  if (e.recurrenceId) lines.push(`RECURRENCE-ID${tz}:${e.recurrenceId}`);
  if (e.rrule) lines.push(`RRULE:${e.rrule}`);
  for (const ex of e.exdates ?? []) lines.push(`EXDATE${tz}:${ex}`);
  lines.push(`SUMMARY:${e.summary}`);
  if (e.status) lines.push(`STATUS:${e.status}`);
  if (e.location) lines.push(`LOCATION:${e.location}`);
  if (e.sequence !== undefined) lines.push(`SEQUENCE:${e.sequence}`);
  if (e.organizer) lines.push(`ORGANIZER;CN=Organizer:mailto:${e.organizer}`);
  for (const a of e.attendees ?? []) lines.push(`ATTENDEE;PARTSTAT=ACCEPTED:mailto:${a}`);
  lines.push('END:VEVENT');
  return lines.join('\r\n');
}

export function calendar(events: TestEvent[], options: { name?: string; extra?: string[] } = {}): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mentor Planner tests//EN',
    ...(options.name ? [`X-WR-CALNAME:${options.name}`] : []),
    ...(options.extra ?? []),
    ...events.map(vevent),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** Europe/Berlin as a VTIMEZONE (CET/CEST), as calendar apps export it. */
export const BERLIN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');
