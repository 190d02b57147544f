import type { Db } from '../db/client';
import { snoozeCommitment } from '../followups/commitments';
import { getSettings, updateSettings } from '../settings/settings';
import { planReminders } from './engine';
import { notificationsFor } from './notification-plan';
import { loadReminderData } from './reminder-data';
import { claimReminders, hideReminder } from './reminder-log';
import type { Reminder, ReminderKind, ReminderNotification, ReminderPlan } from './types';

export function currentPlan(db: Db, now: Date, timeZone: string): ReminderPlan {
  return planReminders(loadReminderData(db, now), getSettings(db).reminders, now, timeZone);
}

/** The reminders to notify now: due, not held by quiet hours or a pause, and never delivered before. */
export function deliverDue(db: Db, now: Date, timeZone: string): { plan: ReminderPlan; delivered: Reminder[] } {
  const plan = currentPlan(db, now, timeZone);
  return { plan, delivered: plan.heldUntil ? [] : claimReminders(db, plan.due, now) };
}

/** Claims what is due and returns it as notifications (grouped where it fell due before `missedBefore`). */
export function claimNotifications(db: Db, now: Date, timeZone: string, missedBefore: string | null): ReminderNotification[] {
  return notificationsFor(deliverDue(db, now, timeZone).delivered, missedBefore);
}

/** Snooze from a reminder: a commitment's own snooze, or (for meetings and mentors) hide the reminder until then. */
export function snoozeReminder(db: Db, reminder: { key: string; kind: ReminderKind; commitmentId?: number }, until: string, now: Date): void {
  if (reminder.commitmentId && (reminder.kind === 'commitment-due' || reminder.kind === 'snooze-end')) {
    snoozeCommitment(db, reminder.commitmentId, until, now);
  } else {
    hideReminder(db, reminder.key, reminder.kind, until, now);
  }
}

export function pauseReminders(db: Db, until: string | null, now: Date) {
  return updateSettings(db, { reminders: { pausedUntil: until } }, now).reminders;
}
