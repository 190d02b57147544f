import type { Db } from '../db/client';
import { snoozeCommitment } from '../followups/commitments';
import { getSettings, updateSettings } from '../settings/settings';
import { planReminders } from './engine';
import { notificationsFor } from './notification-plan';
import { loadReminderData } from './reminder-data';
import { keptPlan } from './plan-cache';
import { claimReminders, hideReminder, lastDeliveryAt } from './reminder-log';
import type { Reminder, ReminderKind, ReminderNotification, ReminderPlan } from './types';

/** What is due now, read afresh (the scheduler's check, claims). */
export function currentPlan(db: Db, now: Date, timeZone: string): ReminderPlan {
  const settings = getSettings(db).reminders;
  return planReminders(loadReminderData(db, now, timeZone, settings), settings, now, timeZone);
}

/** The plan to show (tray, reminder center): kept until the data changes or the next reminder falls due. */
export function shownPlan(db: Db, now: Date, timeZone: string): ReminderPlan {
  return keptPlan(db.$client, now, timeZone, () => currentPlan(db, now, timeZone));
}

/**
 * The reminders to notify now: due, not held by quiet hours or a pause, never delivered before, and
 * news: fell due, or its row changed, since the last delivery. An old reminder that only moves up the
 * list (because newer ones were done) is shown, not announced.
 */
export function deliverDue(db: Db, now: Date, timeZone: string): { plan: ReminderPlan; delivered: Reminder[] } {
  const plan = currentPlan(db, now, timeZone);
  if (plan.heldUntil) return { plan, delivered: [] };
  const since = lastDeliveryAt(db);
  const news = since === null ? plan.due : plan.due.filter((r) => r.dueAt >= since || (r.changedAt !== undefined && r.changedAt >= since));
  return { plan, delivered: claimReminders(db, news, now) };
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
