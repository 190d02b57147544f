export const REMINDER_KINDS = ['commitment-due', 'snooze-end', 'meeting-prep', 'meeting-brief', 'report-back', 'keep-in-touch'] as const;
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
  commitmentId?: number;
  meetingId?: number;
  mentorId?: number;
}

export interface ReminderPlan {
  /** Due now, of kinds switched on, not hidden by a snooze. */
  due: Reminder[];
  /** When to look again: the next reminder falling due, or the end of a hold; null if nothing is ahead. */
  nextDueAt: string | null;
  /** Quiet hours or a pause: notify nothing before this instant. */
  heldUntil: string | null;
}

/** What the engine reads from the store: plain rows, so the engine itself is a pure function. */
export interface ReminderData {
  openCommitments: { id: number; title: string; dueDate: string | null; snoozedUntil: string | null; mentorName: string | null }[];
  unreportedDone: { id: number; title: string; completedAt: string; mentorName: string | null }[];
  plannedMeetings: { id: number; scheduledAt: string; mentorName: string; agendaCount: number }[];
  overdueMentors: { mentorId: number; name: string; nextContactDueAt: string; daysOverdue: number }[];
  /** Reminders hidden until a time (snoozed from the tray or reminder center), by key. */
  hiddenUntil: Map<string, string>;
}
