import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { settings as settingsTable } from '../db/schema';
import { TIME_FORMATS, WEEK_STARTS } from '../zoned-time';

const hourMinute = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 21:30.');

// No defaults inside the schema: a patch must never fill in fields the user did not send.
export const reminderSettingsSchema = z.strictObject({
  enabled: z.boolean(),
  commitmentDue: z.boolean(),
  meetingPrep: z.boolean(),
  reportBack: z.boolean(),
  keepInTouch: z.boolean(),
  prepLeadMinutes: z.number().int().min(5).max(7 * 24 * 60),
  reportBackAfterDays: z.number().int().min(0).max(90),
  quietHoursEnabled: z.boolean(),
  quietHoursStart: hourMinute,
  quietHoursEnd: hourMinute,
  pausedUntil: z.iso.datetime({ offset: true }).nullable(),
});

export const settingsSchema = z.strictObject({
  reminders: reminderSettingsSchema,
  closeToTray: z.boolean(),
  closeToTrayHintShown: z.boolean(),
  launchAtLogin: z.boolean(),
  defaultCadenceDays: z.number().int().min(1).max(365),
  defaultMeetingMinutes: z.number().int().min(5).max(480),
  // Calendars: subscriptions are read on start and every N minutes; the feed goes to a folder ('' = none)
  // with titles only or the agenda too; feedToken is the secret in the browser-mode feed address.
  calendarRefreshMinutes: z.number().int().min(5, 'At least every 5 minutes.').max(24 * 60, 'At least once a day.'),
  calendarFeedFolder: z.string().max(1_000),
  calendarFeedDetail: z.enum(['titles', 'agenda']),
  calendarFeedToken: z.string().max(100),
  // Dates and times: 'locale' follows the user's locale (12/24 h, first day of the week).
  timeFormat: z.enum(TIME_FORMATS),
  firstDayOfWeek: z.enum(WEEK_STARTS),
});

export type Settings = z.output<typeof settingsSchema>;

export const settingsPatchSchema = settingsSchema
  .omit({ reminders: true })
  .partial()
  .extend({ reminders: reminderSettingsSchema.partial().optional() })
  .strict();
export type SettingsPatch = z.output<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  reminders: {
    enabled: true,
    commitmentDue: true,
    meetingPrep: true,
    reportBack: true,
    keepInTouch: true,
    prepLeadMinutes: 24 * 60,
    reportBackAfterDays: 2,
    quietHoursEnabled: true,
    quietHoursStart: '21:00',
    quietHoursEnd: '08:00',
    pausedUntil: null,
  },
  closeToTray: true,
  closeToTrayHintShown: false,
  launchAtLogin: false,
  defaultCadenceDays: 30,
  defaultMeetingMinutes: 30,
  calendarRefreshMinutes: 60,
  calendarFeedFolder: '',
  calendarFeedDetail: 'titles',
  calendarFeedToken: '',
  timeFormat: 'locale',
  firstDayOfWeek: 'locale',
};

const SETTINGS_KEY = 'app';

function applyPatch(base: Settings, patch: SettingsPatch): Settings {
  return { ...base, ...patch, reminders: { ...base.reminders, ...(patch.reminders ?? {}) } };
}

export function getSettings(db: Db): Settings {
  const row = db.select().from(settingsTable).where(eq(settingsTable.key, SETTINGS_KEY)).get();
  if (!row) return DEFAULT_SETTINGS;
  // Stored settings this version cannot read fall back to defaults rather than locking the user out.
  const stored = settingsPatchSchema.safeParse(safeJson(row.valueJson));
  return stored.success ? applyPatch(DEFAULT_SETTINGS, stored.data) : DEFAULT_SETTINGS;
}

export function updateSettings(db: Db, patch: SettingsPatch, now: Date): Settings {
  const merged = settingsSchema.parse(applyPatch(getSettings(db), patch));
  const valueJson = JSON.stringify(merged);
  const updatedAt = now.toISOString();
  db.insert(settingsTable)
    .values({ key: SETTINGS_KEY, valueJson, updatedAt })
    .onConflictDoUpdate({ target: settingsTable.key, set: { valueJson, updatedAt } })
    .run();
  return merged;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
