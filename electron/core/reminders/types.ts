import type { REMINDER_KINDS } from './contract';

export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Something the user should be reminded of, with an identity that never changes for the same event. */
export interface Reminder {
  key: string;
  kind: ReminderKind;
  title: string;
  body: string;
  /** The in-app route that shows the item. */
  route: string;
  dueAt: string;
  /** Past its date (a commitment after its due day, a mentor past their cadence): the tray shows its alert icon. */
  overdue: boolean;
  commitmentId?: number;
  meetingId?: number;
  mentorId?: number;
  /** When the row behind it last changed: one created or edited into the past is still news to announce. */
  changedAt?: string;
}

/** Due reminders of one kind beyond those listed one by one: "402 more overdue commitments" is one line. */
export interface ReminderSummary {
  kind: ReminderKind;
  /** At least COUNT_CAP means "that many or more": the store stops counting there. */
  count: number;
  overdue: boolean;
  title: string;
  /** The page that lists them all. */
  route: string;
}

export interface ReminderPlan {
  /** Due now, of kinds switched on, not hidden: the most recently due few of each kind, oldest first. */
  due: Reminder[];
  /** The due reminders not in `due`, one summary per kind. */
  more: ReminderSummary[];
  /** How many reminders are due in all (listed and summarised); past COUNT_CAP, a lower bound. */
  total: number;
  /** Something due is past its date: the tray shows its alert icon. */
  overdue: boolean;
  /** When to look again: the next reminder falling due, or the end of a hold; null if nothing is ahead. */
  nextDueAt: string | null;
  /** Quiet hours or a pause: notify nothing before this instant. */
  heldUntil: string | null;
  /** The user's own pause ("Pause reminders for 1 hour"), if it is running. */
  pausedUntil: string | null;
}

/** One notification to show: a single reminder, or several grouped (missed while closed, or many at once). */
export interface ReminderNotification {
  title: string;
  body: string;
  route: string;
  /** The reminders it stands for. */
  keys: string[];
  /** Set when it stands for one open commitment, so platforms with notification actions can offer "Mark done". */
  commitmentId?: number;
}

/**
 * What the engine reads from the store: plain rows, so the engine itself is a pure function. The store
 * loads only the rows that can be listed (the most recently due of each kind, the next to fall due) and
 * counts the rest in `notLoaded`.
 */
export interface ReminderData {
  openCommitments: { id: number; title: string; dueDate: string | null; snoozedUntil: string | null; mentorName: string | null; changedAt?: string }[];
  unreportedDone: { id: number; title: string; completedAt: string; mentorName: string | null; changedAt?: string }[];
  plannedMeetings: { id: number; scheduledAt: string; mentorName: string; agendaCount: number; changedAt?: string }[];
  overdueMentors: { mentorId: number; name: string; nextContactDueAt: string; daysOverdue: number }[];
  /** Reminders hidden until a time (snoozed from the tray or reminder center, or dismissed), by key. */
  hiddenUntil: Map<string, string>;
  /** Due reminders counted but not loaded (older than the loaded ones), not hidden. */
  notLoaded?: { commitmentDue: number; commitmentOverdue: number; reportBack: number };
}
