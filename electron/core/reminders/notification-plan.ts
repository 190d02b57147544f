import type { Reminder, ReminderNotification } from './types';

/** More than this many fresh reminders at once arrive as one notification rather than a burst. */
export const MOST_AT_ONCE = 3;

const single = (r: Reminder): ReminderNotification => ({
  title: r.title,
  body: r.body,
  route: r.route,
  keys: [r.key],
  ...(r.commitmentId !== undefined && (r.kind === 'commitment-due' || r.kind === 'snooze-end') ? { commitmentId: r.commitmentId } : {}),
});

const group = (title: string, reminders: Reminder[]): ReminderNotification => ({
  title,
  body: reminders.slice(0, MOST_AT_ONCE).map((r) => r.title).join(' · ') + (reminders.length > MOST_AT_ONCE ? ' …' : ''),
  route: '/',
  keys: reminders.map((r) => r.key),
});

/**
 * Turns newly delivered reminders into notifications. What fell due before `missedBefore` (while the app
 * was closed or the computer asleep) arrives once, grouped; the rest one by one, or grouped if many.
 */
export function notificationsFor(delivered: Reminder[], missedBefore: string | null): ReminderNotification[] {
  const missed = missedBefore ? delivered.filter((r) => r.dueAt < missedBefore) : [];
  const fresh = delivered.filter((r) => !missed.includes(r));
  const out: ReminderNotification[] = [];
  if (missed.length > 1) out.push(group(`While you were away: ${missed.length} reminders`, missed));
  else out.push(...missed.map(single));
  if (fresh.length > MOST_AT_ONCE) out.push(group(`${fresh.length} reminders`, fresh));
  else out.push(...fresh.map(single));
  return out;
}
