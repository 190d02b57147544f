import { inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { writeTransaction } from '../db/write-transaction';
import { reminderLog } from '../db/schema';
import { HIDDEN_FOR_GOOD } from './engine';
import type { Reminder } from './types';

/**
 * Claims reminders for delivery: each key is recorded once, ever (INSERT OR IGNORE on the key decides).
 * Only the reminders this call recorded are returned, so a restart, a second instance or a clock change
 * never delivers one twice.
 */
export function claimReminders(db: Db, reminders: Reminder[], now: Date): Reminder[] {
  if (reminders.length === 0) return [];
  const stamp = now.toISOString();
  const insert = db.$client.prepare('INSERT OR IGNORE INTO reminder_log (reminder_key, kind, fired_at, created_at) VALUES (?, ?, ?, ?)');
  // The scheduler claims outside dispatch, so it takes the write lock itself (the other process may be writing).
  return writeTransaction(db.$client, () => {
    // Most due reminders were claimed by an earlier check: skip them with one read instead of a write each.
    const claimed = deliveredKeys(db, reminders.map((r) => r.key));
    return reminders.filter((r) => !claimed.has(r.key) && insert.run(r.key, r.kind, stamp, stamp).changes === 1);
  });
}

/** When a reminder was last delivered (a hidden one was snoozed or dismissed, not delivered), or null. */
export function lastDeliveryAt(db: Db): string | null {
  const row = db.$client.prepare('SELECT max(fired_at) AS at FROM reminder_log WHERE dismissed_at IS NULL').get() as { at: string | null };
  return row.at;
}

const KEYS_PER_QUERY = 500;

/** Keys already delivered, of those given (read in chunks, well under SQLite's parameter limit). */
export function deliveredKeys(db: Db, keys: string[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += KEYS_PER_QUERY) {
    const chunk = keys.slice(i, i + KEYS_PER_QUERY);
    for (const row of db.select({ key: reminderLog.reminderKey }).from(reminderLog).where(inArray(reminderLog.reminderKey, chunk)).all()) found.add(row.key);
  }
  return found;
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
