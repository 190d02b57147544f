import { and, eq, lt, type Placeholder, type SQL } from 'drizzle-orm';
import { commitments } from '../db/schema';

/**
 * The one rule for "overdue", used by the board, the dashboard, the reminders and the measures: an open
 * commitment whose due day is before today in the user's calendar (`today` from `dayIn(now, timeZone)`).
 * A snooze changes when the user is reminded, not whether the commitment is late: a snoozed commitment
 * is still overdue, and says until when it is snoozed.
 */
export function isOverdue(commitment: { status?: string; dueDate: string | null }, today: string): boolean {
  return (commitment.status ?? 'open') === 'open' && commitment.dueDate !== null && commitment.dueDate < today;
}

/** The same rule as a SQL condition, for queries that count or list overdue commitments (today as a value or a placeholder). */
export function overdueCondition(today: string | Placeholder): SQL {
  return and(eq(commitments.status, 'open'), lt(commitments.dueDate, today))!;
}
