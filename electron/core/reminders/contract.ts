import { z } from 'zod';
import { id, timestamp } from '../fields';
import { input, mutation, query } from '../operation';
import { isValidTimeZone } from '../followups/calendar';
import type { Reminder, ReminderPlan } from './types';
import type { TrayModel } from './tray-model';
import { REMINDER_KINDS } from './types';

const timeZone = z.string().max(64).refine(isValidTimeZone, 'Unknown time zone.').default('UTC');

export const remindersContract = {
  'reminders.due': query(input({ timeZone })).returns<ReminderPlan>(),
  /** Browser mode: the reminders to show as notifications now, each delivered once across tabs and restarts. */
  'reminders.claim': mutation(input({ timeZone })).returns<Reminder[]>(),
  'reminders.snooze': mutation(
    input({ key: z.string().min(1).max(200), kind: z.enum(REMINDER_KINDS), commitmentId: id.optional(), until: timestamp }),
  ).returns<null>(),
  'reminders.pause': mutation(input({ until: timestamp.nullable() })).returns<{ pausedUntil: string | null }>(),
  'reminders.trayModel': query(input({ timeZone })).returns<TrayModel>(),
};
