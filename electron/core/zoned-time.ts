import { TZDate } from '@date-fns/tz';
import { addDays as addCalendarDaysTo } from 'date-fns';
import { plural } from './plural';

/**
 * The user's calendar: every "which day is it" decision goes through here with the user's IANA time
 * zone — never the UTC day of `toISOString()`. Days are 'YYYY-MM-DD' strings; instants are ISO strings
 * or Dates. Pure (no Node, no Electron), so the renderer uses it too.
 */

const HALF_DAY_MS = 43_200_000;

/** The zone of the machine this code runs on: the desktop app's, or the browser-mode server's. */
export const systemTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The locale dates are formatted for when nobody named one: the renderer's own, or the machine's. */
export const systemLocale = () => Intl.DateTimeFormat().resolvedOptions().locale;

/** A calendar day as people read it in `locale`: "23 Nov 2026" (en-GB), "Nov 23, 2026" (en-US), "23.11.2026" (de-DE). */
export function formatCalendarDay(day: string, locale?: string): string {
  // A calendar day is the same day everywhere: formatted at UTC noon, in UTC.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day an instant falls on in the given IANA time zone. */
export function dayIn(instant: Date | string, timeZone: string): string {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, f);
  }
  return f.format(typeof instant === 'string' ? new Date(instant) : instant);
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function firstDayOfMonth(month: string): string {
  return `${month}-01`;
}

export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The `count` months ending with the one holding `day`, oldest first: ['2025-12', …, '2026-11']. */
export function monthsEndingAt(day: string, count: number): string[] {
  const [y, m] = day.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(y, m - 1 - (count - 1 - i), 1)).toISOString().slice(0, 7));
}

/** Day of the week as in Intl.Locale weekInfo: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export function weekdayOf(day: string): Weekday {
  return ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1 as Weekday;
}

/** The first day of the week holding `day`, for a week that starts on `firstDayOfWeek`. */
export function startOfWeek(day: string, firstDayOfWeek: Weekday): string {
  return addDays(day, -((weekdayOf(day) - firstDayOfWeek + 7) % 7));
}

/** The first day of next week: "next week" in the locale's calendar. */
export function startOfNextWeek(day: string, firstDayOfWeek: Weekday): string {
  return addDays(startOfWeek(day, firstDayOfWeek), 7);
}

/** Settings → Dates and times: the clock and the first day of the week, or the locale's. */
export const TIME_FORMATS = ['locale', '24h', '12h'] as const;
export const WEEK_STARTS = ['locale', 'monday', 'saturday', 'sunday'] as const;
export type WeekStart = (typeof WEEK_STARTS)[number];
const WEEK_START_DAY: Record<Exclude<WeekStart, 'locale'>, Weekday> = { monday: 1, saturday: 6, sunday: 7 };

/** The first day of the week the user chose, or their locale's. */
export function firstDayOfWeekFor(choice: WeekStart, locale?: string): Weekday {
  return choice === 'locale' ? localeFirstDayOfWeek(locale) : WEEK_START_DAY[choice];
}

// Where Intl.Locale has no weekInfo (older engines): regions whose week starts on Sunday or Saturday (CLDR).
const SUNDAY_REGIONS = new Set('AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(' '));
const SATURDAY_REGIONS = new Set('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));

/** The locale's (by default the system's) first day of the week: Intl.Locale weekInfo, else CLDR's regions, else Monday. */
export function localeFirstDayOfWeek(locale = Intl.DateTimeFormat().resolvedOptions().locale): Weekday {
  try {
    const l = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: Weekday }; weekInfo?: { firstDay: Weekday } };
    const info = l.getWeekInfo?.() ?? l.weekInfo;
    if (info?.firstDay) return info.firstDay;
    const region = l.maximize().region ?? '';
    return SUNDAY_REGIONS.has(region) ? 7 : SATURDAY_REGIONS.has(region) ? 6 : 1;
  } catch {
    return 1;
  }
}

/**
 * Converts a wall-clock time on a calendar day in an IANA time zone to the UTC instant, across DST:
 * a time that happens twice (autumn) is its first occurrence; one that does not exist (the spring gap)
 * is the instant the clocks reach after jumping, e.g. 02:30 becomes 03:30.
 */
export function zonedTimeToUtc(day: string, hour: number, minute: number, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  const wanted = Date.UTC(y, m - 1, d, hour, minute);
  // The zone's offset half a day before and after covers both sides of any change that day.
  const candidates = [wanted - offsetMs(new Date(wanted - HALF_DAY_MS), timeZone), wanted - offsetMs(new Date(wanted + HALF_DAY_MS), timeZone)];
  const exact = candidates.filter((t) => t + offsetMs(new Date(t), timeZone) === wanted);
  return new Date(exact.length > 0 ? Math.min(...exact) : Math.max(...candidates));
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in ms (positive east of Greenwich). */
export function offsetMs(instant: Date, timeZone: string): number {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    offsetFormatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(instant).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** Minutes past local midnight at an instant. */
export function localMinuteOfDay(instant: Date, timeZone: string): number {
  const local = new Date(instant.getTime() + offsetMs(instant, timeZone));
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}

/**
 * The same wall-clock time `days` calendar days later in the zone: a weekly 09:00 meeting stays at
 * 09:00 across a DST change (adding n × 24 h would move it an hour).
 */
export function addCalendarDays(instant: Date | string, days: number, timeZone: string): Date {
  return new Date(addCalendarDaysTo(new TZDate(new Date(instant).getTime(), timeZone), days).getTime());
}

/** A due day in words that need no date format: "today", "tomorrow", "yesterday", "in 3 days", "5 days ago". */
export function relativeDay(day: string, today: string): string {
  const days = Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${plural(days, 'day')}` : `${plural(-days, 'day')} ago`;
}
