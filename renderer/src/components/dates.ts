import { format } from 'date-fns';
import type { Settings } from '../../../electron/core/settings/settings';
import { dayIn, firstDayOfWeekFor, type Weekday } from '../../../electron/core/zoned-time';

/**
 * Dates and times as the user reads them: Intl formats for the browser's locale (day/month order, month
 * names, 12/24 h) in the user's time zone, unless Settings chose a clock or a first day of the week.
 */
export interface DatePreferences {
  /** 'h23' 24-hour, 'h12' 12-hour; undefined: the locale's. */
  hourCycle?: 'h12' | 'h23';
  /** undefined: the locale's. */
  firstDayOfWeek?: Weekday;
}

let preferences: DatePreferences = {};

/** What Settings → Dates and times chose, as formatting preferences. */
export function preferencesFrom(settings: Pick<Settings, 'timeFormat' | 'firstDayOfWeek'>): DatePreferences {
  return {
    hourCycle: settings.timeFormat === '24h' ? 'h23' : settings.timeFormat === '12h' ? 'h12' : undefined,
    firstDayOfWeek: settings.firstDayOfWeek === 'locale' ? undefined : firstDayOfWeekFor(settings.firstDayOfWeek),
  };
}
const formatters = new Map<string, Intl.DateTimeFormat>();

export const datePreferences = (): DatePreferences => preferences;

/** Settings → Date and time call this when they load or change; later formatting follows them. */
export function setDatePreferences(next: DatePreferences): void {
  if (next.hourCycle === preferences.hourCycle && next.firstDayOfWeek === preferences.firstDayOfWeek) return;
  preferences = next;
  formatters.clear();
}

function formatter(kind: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = formatters.get(kind);
  if (!f) {
    const clock = options.hour && preferences.hourCycle ? { hourCycle: preferences.hourCycle } : {};
    f = new Intl.DateTimeFormat(undefined, { ...options, ...clock });
    formatters.set(kind, f);
  }
  return f;
}

const isDay = (value: string) => value.length === 10;
// A calendar day ('YYYY-MM-DD') is the same day everywhere: format it at UTC noon in UTC.
const dayInstant = (day: string) => new Date(`${day}T12:00:00Z`);

/** "23 Nov 2026" (en-GB), "Nov 23, 2026" (en-US), "23.11.2026" (de-DE) from a timestamp or a calendar day. */
export function formatDay(value: string): string {
  return isDay(value)
    ? formatter('day-utc', { dateStyle: 'medium', timeZone: 'UTC' }).format(dayInstant(value))
    : formatter('day', { dateStyle: 'medium' }).format(new Date(value));
}

/** "Mon, 23 Nov 2026, 09:30" / "Mon, Nov 23, 2026, 9:30 AM" in the user's time zone. */
export function formatDateTime(iso: string): string {
  return formatter('date-time', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}

/** "09:30" / "9:30 AM". */
export function formatTime(iso: string): string {
  return formatter('time', { hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}

/** "November 2026" (en), "November 2026" (de), "novembre 2026" (fr) from 'YYYY-MM'. */
export function formatMonth(month: string): string {
  return formatter('month', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(dayInstant(`${month}-01`));
}

/** "Nov 26" / "Nov. 26" — a month's short name, for chart axes. */
export function formatShortMonth(month: string): string {
  return formatter('short-month', { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(dayInstant(`${month}-01`));
}

/** The user's calendar day as 'YYYY-MM-DD' (for date inputs and the core). */
export const localDay = (date = new Date()) => dayIn(date, Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
/** Value for <input type="datetime-local"> from an ISO timestamp, and back (the input is machine format, shown localised by the browser). */
export const toLocalInput = (iso: string) => format(new Date(iso), "yyyy-MM-dd'T'HH:mm");
export const fromLocalInput = (value: string) => new Date(value).toISOString();
