import { z } from 'zod';
import { id, timeZone, timestamp } from '../fields';
import { input, mutation, query } from '../operation';
import type { TrayModel } from './tray-model';
import type { ReminderNotification, ReminderPlan } from './types';

export const REMINDER_KINDS = ['commitment-due', 'snooze-end', 'meeting-prep', 'meeting-brief', 'report-back', 'keep-in-touch'] as const;

/** A reminder's stable key, e.g. 'commitment-due:42:2026-11-23'; its kind is the part before the first colon. */
const reminderKey = z
  .string()
  .max(200)
  .refine((key) => REMINDER_KINDS.some((kind) => key.startsWith(`${kind}:`) && key.length > kind.length + 1), 'That is not a reminder.');

export const remindersContract = {
  /**
   * The reminder center and tray: { timeZone } as the UI sends it (the user's IANA zone). Lists the most
   * recently due few of each kind, sums up the rest, counts all; kept until the data changes. Its raw
   * equivalent is loadReminderData's statements (a count and the newest 10 per big kind).
   */
  'reminders.due': query(input({ timeZone })).returns<ReminderPlan>(),
  /**
   * Browser mode: claims what is due for Web Notifications, each reminder delivered once across tabs,
   * restarts and the desktop app. What fell due before `missedBefore` (the tab opening) comes grouped.
   */
  'reminders.claim': mutation(input({ timeZone, missedBefore: timestamp.optional() })).returns<ReminderNotification[]>(),
  'reminders.snooze': mutation(input({ key: reminderKey, kind: z.enum(REMINDER_KINDS), commitmentId: id.optional(), until: timestamp })).returns<null>(),
  /** Hides this occurrence for good; a new occurrence (a new due date, the next meeting) has a new key. */
  'reminders.dismiss': mutation(input({ key: reminderKey })).returns<null>(),
  'reminders.pause': mutation(input({ until: timestamp.nullable() })).returns<{ pausedUntil: string | null }>(),
  'reminders.trayModel': query(input({ timeZone })).returns<TrayModel>(),
};
