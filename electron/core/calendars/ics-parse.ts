import ICAL from 'ical.js';
import { invalid } from '../errors';
import { zonedTimeToUtc } from '../zoned-time';
import type { CalendarOccurrence, ParsedCalendar } from './types';

type IcalComponent = InstanceType<typeof ICAL.Component>;
type IcalEvent = InstanceType<typeof ICAL.Event>;
type IcalTime = InstanceType<typeof ICAL.Time>;

export interface ExpandWindow {
  from: Date;
  to: Date;
}

// A runaway rule (FREQ=SECONDLY, no end) must not hang the import: occurrences per series are capped.
const MAX_STEPS_PER_SERIES = 50_000;
const DEFAULT_MINUTES = 30;

/**
 * Reads an iCalendar text and expands every event into its occurrences inside the window: RRULE and
 * RDATE, minus EXDATE, with RECURRENCE-ID overrides (moved or cancelled instances) applied. Times become
 * UTC instants through the file's own VTIMEZONEs, else the IANA zone its TZID names, else (floating
 * times) the user's zone. All-day events are left out (they are not meetings).
 */
export function parseCalendar(text: string, window: ExpandWindow, userTimeZone: string): ParsedCalendar {
  const root = parseRoot(text);
  const byUid = new Map<string, { master?: IcalComponent; overrides: IcalComponent[] }>();
  for (const vevent of root.getAllSubcomponents('vevent')) {
    const uid = String(vevent.getFirstPropertyValue('uid') ?? '').trim();
    // An event without a usable identity cannot be followed across imports.
    if (!uid || uid.length > 1_000) continue;
    const entry = byUid.get(uid) ?? { overrides: [] };
    if (vevent.hasProperty('recurrence-id')) entry.overrides.push(vevent);
    else entry.master = vevent;
    byUid.set(uid, entry);
  }
  const occurrences: CalendarOccurrence[] = [];
  for (const [uid, { master, overrides }] of byUid) {
    if (master) expandSeries(uid, master, overrides, window, userTimeZone, occurrences);
    else for (const override of overrides) pushOccurrence(uid, new ICAL.Event(override, { exceptions: [] }), null, window, userTimeZone, occurrences);
  }
  const name = String(root.getFirstPropertyValue('x-wr-calname') ?? '').trim();
  return { name, occurrences };
}

function parseRoot(text: string): IcalComponent {
  let root: IcalComponent;
  try {
    const parsed = ICAL.parse(text.replace(/^\uFEFF/, ''));
    const jcal = Array.isArray(parsed) && typeof parsed[0] === 'string' ? parsed : (parsed as unknown[])[0];
    root = new ICAL.Component(jcal as unknown[]);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message.slice(0, 200)})` : '';
    throw invalid(`This file is not a calendar Mentor Planner can read${detail}. Export it again as an .ics (iCalendar) file and try once more; nothing was imported.`);
  }
  if (root.name !== 'vcalendar') {
    throw invalid('This file is not a calendar (it has no BEGIN:VCALENDAR). Export it again as an .ics (iCalendar) file; nothing was imported.');
  }
  return root;
}

function expandSeries(
  uid: string,
  master: IcalComponent,
  overrides: IcalComponent[],
  window: ExpandWindow,
  userTimeZone: string,
  out: CalendarOccurrence[],
): void {
  // Exceptions passed in: without them ical.js scans every event of the file for each one (quadratic).
  const event = new ICAL.Event(master, { exceptions: overrides });
  if (!event.isRecurring()) {
    pushOccurrence(uid, event, null, window, userTimeZone, out);
    return;
  }
  const masterCancelled = isCancelled(event);
  const used = new Set<string>();
  const iterator = event.iterator();
  const windowEnd = window.to.getTime();
  for (let step = 0, next = iterator.next(); next && step < MAX_STEPS_PER_SERIES; step += 1, next = iterator.next()) {
    const recurrenceAt = instantOf(next, tzidOf(master), userTimeZone);
    if (recurrenceAt === null) return;
    const details = event.getOccurrenceDetails(next);
    const override = details.item !== event ? details.item : null;
    if (override) used.add(override.recurrenceId.toString());
    if (recurrenceAt.getTime() > windowEnd && !override) break;
    pushOccurrence(uid, override ?? event, { recurrenceAt, start: details.startDate, end: details.endDate, masterCancelled }, window, userTimeZone, out);
  }
  // Overrides of instances the rule does not produce (an added date) still happened.
  for (const override of overrides) {
    const ev = new ICAL.Event(override, { exceptions: [] });
    if (!used.has(ev.recurrenceId.toString())) pushOccurrence(uid, ev, null, window, userTimeZone, out);
  }
}

function pushOccurrence(
  uid: string,
  item: IcalEvent,
  instance: { recurrenceAt: Date; start: IcalTime; end: IcalTime; masterCancelled: boolean } | null,
  window: ExpandWindow,
  userTimeZone: string,
  out: CalendarOccurrence[],
): void {
  const component = item.component;
  const start = instance?.start ?? item.startDate;
  if (!start || start.isDate) return;
  const startsAt = instantOf(start, tzidOf(component), userTimeZone);
  if (!startsAt || startsAt < window.from || startsAt > window.to) return;
  const endTime = instance?.end ?? item.endDate;
  const endsAt = endTime ? instantOf(endTime, tzidOf(component, 'dtend') ?? tzidOf(component), userTimeZone) : null;
  const minutes = endsAt ? Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000) : DEFAULT_MINUTES;
  let originalStart = '';
  if (instance) originalStart = instance.recurrenceAt.toISOString();
  else if (item.isRecurrenceException()) originalStart = instantOf(item.recurrenceId, tzidOf(component, 'recurrence-id'), userTimeZone)?.toISOString() ?? '';
  out.push({
    uid,
    originalStart,
    summary: String(item.summary ?? '').trim().slice(0, 500),
    startsAt: startsAt.toISOString(),
    durationMinutes: Math.min(720, Math.max(5, minutes > 0 ? minutes : DEFAULT_MINUTES)),
    location: locationOf(component),
    cancelled: isCancelled(item) || (instance?.masterCancelled ?? false),
    emails: emailsOf(component),
  });
}

const isCancelled = (event: IcalEvent) => String(event.component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';

function tzidOf(component: IcalComponent, property = 'dtstart'): string | null {
  const value = component.getFirstProperty(property)?.getParameter('tzid');
  return typeof value === 'string' && value ? value : null;
}

/** The UTC instant of a calendar time. */
function instantOf(time: IcalTime, tzid: string | null, userTimeZone: string): Date | null {
  if (time.isDate) return null;
  const zoneId = time.zone?.tzid;
  // A zone the file defines (VTIMEZONE) or UTC: ical.js knows the offset.
  if (zoneId && zoneId !== 'floating') return time.toJSDate();
  const zone = ianaZone(tzid) ?? userTimeZone;
  const day = `${String(time.year).padStart(4, '0')}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;
  return new Date(zonedTimeToUtc(day, time.hour, time.minute, zone).getTime() + time.second * 1000);
}

const knownZones = new Map<string, string | null>();

/** 'Europe/Berlin', also when written '/mozilla.org/20050126_1/Europe/Berlin'; null if not an IANA zone. */
function ianaZone(tzid: string | null): string | null {
  if (!tzid) return null;
  const known = knownZones.get(tzid);
  if (known !== undefined) return known;
  let found: string | null = null;
  for (const candidate of [tzid, tzid.match(/[A-Za-z]+\/[A-Za-z0-9_+-]+(?:\/[A-Za-z0-9_+-]+)?$/)?.[0]]) {
    if (!candidate) continue;
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: candidate });
      found = candidate;
      break;
    } catch {
      // not a zone this runtime knows
    }
  }
  if (knownZones.size < 1_000) knownZones.set(tzid, found);
  return found;
}

function locationOf(component: IcalComponent): string {
  for (const name of ['location', 'conference', 'url', 'x-google-conference']) {
    const value = String(component.getFirstPropertyValue(name) ?? '').trim();
    if (value) return value.slice(0, 1_000);
  }
  return '';
}

function emailsOf(component: IcalComponent): string[] {
  const emails = new Set<string>();
  for (const property of [...component.getAllProperties('organizer'), ...component.getAllProperties('attendee')]) {
    const value = String(property.getFirstValue() ?? '').replace(/^mailto:/i, '').trim().toLowerCase();
    if (value.includes('@')) emails.add(value);
    const email = property.getParameter('email');
    if (typeof email === 'string' && email.includes('@')) emails.add(email.trim().toLowerCase());
  }
  return [...emails];
}
