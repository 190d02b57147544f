import { inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { reminderLog } from '../db/schema';
import { HIDDEN_FOR_GOOD } from './engine';
import type { Reminder } from './types';

/**
 * Claims reminders for delivery: each key is recorded once, ever. Only the reminders this call recorded
 * are returned, so a restart, a second instance or a clock change never delivers one twice.
 */
export function claimReminders(db: Db, reminders: Reminder[], now: Date): Reminder[] {
  if (reminders.length === 0) return [];
  const stamp = now.toISOString();
  return db.transaction((tx) =>
    reminders.filter(
      (r) =>
        tx
          .insert(reminderLog)
          .values({ reminderKey: r.key, kind: r.kind, firedAt: stamp, createdAt: stamp })
          .onConflictDoNothing()
          .run().changes === 1,
    ),
  );
}

/** Keys already delivered, of those given. */
export function deliveredKeys(db: Db, keys: string[]): Set<string> {
  if (keys.length === 0) return new Set();
  return new Set(db.select({ key: reminderLog.reminderKey }).from(reminderLog).where(inArray(reminderLog.reminderKey, keys)).all().map((r) => r.key));
}

/**
 * Hides a reminder from the tray and reminder center until `until` (a snooze of the reminder itself).
 * The log's dismissed_at column holds that instant; a dismissal hides it for good (HIDDEN_FOR_GOOD).
 */
export function hideReminder(db: Db, key: string, kind: string, until: string, now: Date): void {
  const stamp = now.toISOString();
  db.insert(reminderLog)
    .values({ reminderKey: key, kind, firedAt: stamp, dismissedAt: until, createdAt: stamp })
    .onConflictDoUpdate({ target: reminderLog.reminderKey, set: { dismissedAt: until } })
    .run();
}

/** Dismisses one occurrence of a reminder: it leaves the tray and reminder center and never fires again. */
export function dismissReminder(db: Db, key: string, now: Date): void {
  hideReminder(db, key, key.slice(0, key.indexOf(':')), HIDDEN_FOR_GOOD, now);
}
