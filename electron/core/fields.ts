import { z } from 'zod';
import { localeFirstDayOfWeek, systemLocale, systemTimeZone, type Weekday } from './zoned-time';

// Building blocks for operation inputs: every user text is trimmed and bounded, every id is a positive integer.
export const id = z
  .number({ message: 'Choose one from the list.' })
  .int('Choose one from the list.')
  .positive('Choose one from the list.')
  .max(Number.MAX_SAFE_INTEGER);

const isRealCalendarDate = (value: string) => {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** A calendar day, 'YYYY-MM-DD'. */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-23.')
  .refine(isRealCalendarDate, 'That day does not exist in the calendar.');

/** An instant, ISO-8601 with an offset or Z; normalised to UTC 'YYYY-MM-DDTHH:mm:ss.sssZ'. */
export const timestamp = z.iso
  .datetime({ offset: true, message: 'Use a date and time like 2026-11-23T09:30:00Z.' })
  .transform((value) => new Date(value).toISOString());

/** Required single-line text: trimmed, not empty, bounded. */
export const requiredText = (label: string, max = 500) =>
  z
    .string()
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} is too long (at most ${max} characters).`);

/** Optional text: trimmed, may be empty, bounded. Long-form text (notes) gets a large bound. */
export const optionalText = (label: string, max = 5_000) =>
  z.string().trim().max(max, `${label} is too long (at most ${max} characters).`);

export const NOTES_MAX = 2_000_000;

export const email = z
  .string()
  .trim()
  .max(320)
  .refine((v) => v === '' || z.email().safeParse(v).success, 'That email address does not look right.');

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;

/**
 * An edit: every field of a create-shape optional and without its default, so a patch never fills in
 * fields the user did not send. Unknown fields are refused.
 */
export function patchOf<S extends Record<string, z.ZodType>>(shape: S) {
  const fields = {} as Record<string, z.ZodType>;
  for (const [key, field] of Object.entries(shape)) {
    fields[key] = (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field).optional();
  }
  return z.strictObject(fields as { [K in keyof S]: z.ZodOptional<WithoutDefault<S[K]> & z.ZodType> });
}

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/**
 * The user's IANA time zone, so "today", due times and months follow the user's calendar. The renderer
 * sends Intl's zone; a caller that sends none (the desktop shell, tests) gets the system's.
 */
export const timeZone = z.string().max(64).refine(isTimeZone, 'Unknown time zone.').default(systemTimeZone);

const isLocale = (tag: string) => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
};

/** The user's locale (BCP 47) for dates the core writes into text (emails): the renderer sends Intl's, else the system's. */
export const locale = z.string().max(35).refine(isLocale, 'Unknown locale.').default(systemLocale);

/** The first day of the user's week (1 = Monday … 7 = Sunday): the renderer sends its locale's (or the setting's). */
export const firstDayOfWeek = z
  .number()
  .int()
  .min(1)
  .max(7)
  .default(() => localeFirstDayOfWeek())
  .transform((day) => day as Weekday);
