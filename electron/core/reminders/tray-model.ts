import { addDays, dayIn, startOfNextWeek, zonedTimeToUtc, type Weekday } from '../zoned-time';
import { countText } from './summaries';
import type { Reminder, ReminderPlan } from './types';

export type TrayAction =
  | { type: 'open'; route: string }
  | { type: 'complete'; commitmentId: number }
  | { type: 'markReported'; commitmentId: number }
  | { type: 'dismiss'; key: string }
  | { type: 'snooze'; reminder: Pick<Reminder, 'key' | 'kind' | 'commitmentId'>; until: string }
  | { type: 'quickCapture' }
  | { type: 'openApp' }
  | { type: 'pause'; until: string }
  | { type: 'resume' }
  | { type: 'quit' };

export type TrayMenuItem = { type: 'separator' } | { type: 'item'; label: string; enabled: boolean; action?: TrayAction; submenu?: TrayMenuItem[] };

export interface TrayModel {
  tooltip: string;
  /** Short text beside the icon where the platform shows one (macOS). */
  title: string;
  count: number;
  /** Something is past due: the icon shows its alert variant. */
  overdue: boolean;
  menu: TrayMenuItem[];
}

const MAX_ITEMS = 10;
const HOUR_MS = 3_600_000;

const item = (label: string, action?: TrayAction, submenu?: TrayMenuItem[]): TrayMenuItem => ({ type: 'item', label, enabled: !!action || !!submenu, action, submenu });
const separator: TrayMenuItem = { type: 'separator' };

/** Snooze choices in the user's calendar: in an hour, tomorrow 9:00, the first day of next week 9:00. */
export function snoozeChoices(now: Date, timeZone: string, firstDayOfWeek: Weekday = 1): { label: string; until: string }[] {
  const today = dayIn(now, timeZone);
  const morning = (day: string) => zonedTimeToUtc(day, 9, 0, timeZone).toISOString();
  return [
    { label: 'Snooze 1 hour', until: new Date(now.getTime() + HOUR_MS).toISOString() },
    { label: 'Snooze until tomorrow morning', until: morning(addDays(today, 1)) },
    { label: 'Snooze until next week', until: morning(startOfNextWeek(today, firstDayOfWeek)) },
  ];
}

/** The tray, as plain data computed in the core; the shell only turns it into a native menu. */
export function trayModel(plan: ReminderPlan, now: Date, timeZone: string, firstDayOfWeek: Weekday = 1): TrayModel {
  const due = plan.due;
  const overdue = plan.overdue;
  const count = plan.total;
  const snoozes = snoozeChoices(now, timeZone, firstDayOfWeek);
  // Quiet hours hold notifications too, but only the user's own pause can be resumed from here.
  const paused = plan.pausedUntil !== null;
  const dueItems: TrayMenuItem[] = due.slice(0, MAX_ITEMS).map((r) =>
    item(r.title, undefined, [
      item('Open in Mentor Planner', { type: 'open', route: r.route }),
      ...(r.commitmentId && r.kind !== 'report-back' ? [item('Mark done', { type: 'complete', commitmentId: r.commitmentId })] : []),
      ...(r.commitmentId && r.kind === 'report-back' ? [item('Mark as reported back', { type: 'markReported', commitmentId: r.commitmentId })] : []),
      separator,
      ...snoozes.map((s) => item(s.label, { type: 'snooze', reminder: { key: r.key, kind: r.kind, commitmentId: r.commitmentId }, until: s.until })),
      item('Dismiss', { type: 'dismiss', key: r.key }),
    ]),
  );
  const unlisted = due.length - dueItems.length;
  const more = [
    ...(unlisted > 0 ? [item(`…and ${unlisted} more`, { type: 'open', route: '/follow-ups' })] : []),
    ...plan.more.map((s) => item(s.title, { type: 'open', route: s.route })),
  ];
  return {
    tooltip: count === 0 ? 'Mentor Planner — nothing due' : `Mentor Planner — ${countText(count)} due`,
    title: count === 0 ? '' : countText(count),
    count,
    overdue,
    menu: [
      ...(count === 0 ? [item('Nothing due — well done')] : [...dueItems, ...more]),
      separator,
      item('Quick capture…', { type: 'quickCapture' }),
      item('Open Mentor Planner', { type: 'openApp' }),
      paused ? item('Resume reminders', { type: 'resume' }) : item('Pause reminders for 1 hour', { type: 'pause', until: new Date(now.getTime() + HOUR_MS).toISOString() }),
      separator,
      item('Quit', { type: 'quit' }),
    ],
  };
}
