import type { CalendarDecision, CalendarSourceKind } from '../values';

/** One occurrence of a calendar event, as the calendar shows it now. */
export interface CalendarOccurrence {
  uid: string;
  /** The instance's original start (UTC ISO) for a recurring event; '' for a single event. */
  originalStart: string;
  summary: string;
  startsAt: string;
  durationMinutes: number;
  location: string;
  cancelled: boolean;
  /** Organizer and attendee addresses, lower case. */
  emails: string[];
}

export interface ParsedCalendar {
  /** X-WR-CALNAME, if the calendar names itself. */
  name: string;
  occurrences: CalendarOccurrence[];
}

/** What an import or refresh did, in counts the user can read. */
export interface CalendarSyncSummary {
  sourceId: number;
  sourceName: string;
  events: number;
  series: number;
  /** Series matched to a mentor that wait for the user's yes or no. */
  toReview: number;
  meetingsPlanned: number;
  meetingsUpdated: number;
  meetingsCancelled: number;
  contactsLogged: number;
}

/** A calendar series matched to a mentor: "these 5 events look like meetings with Ada". */
export interface CalendarSeriesReview {
  seriesId: number;
  sourceName: string;
  summary: string;
  mentorId: number | null;
  mentorName: string | null;
  matchedBy: 'email' | 'name' | null;
  decision: CalendarDecision;
  events: number;
  upcoming: number;
  past: number;
  nextAt: string | null;
  lastAt: string | null;
}

export interface CalendarSource {
  id: number;
  kind: CalendarSourceKind;
  name: string;
  url: string;
  username: string;
  /** How the password is kept: OS keychain, the database (browser mode, opted in), this session only, or not at all. */
  password: 'keychain' | 'database' | 'session' | 'none';
  lastRefreshedAt: string | null;
  lastError: string;
}
