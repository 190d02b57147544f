import { snoozeChoices } from '../../../../electron/core/reminders/tray-model';
import { userFirstDayOfWeek, userTimeZone } from '../../api/calendar';

export type SnoozeChoice = 'hour' | 'tomorrow' | 'nextWeek';
const CHOICE_INDEX: Record<SnoozeChoice, number> = { hour: 0, tomorrow: 1, nextWeek: 2 };

/** When a snooze ends — the core's choices (the tray's too), in the user's zone and week: in an hour, tomorrow 9:00, next week's first day 9:00. */
export function snoozeUntil(choice: SnoozeChoice, now = new Date()): string {
  return snoozeChoices(now, userTimeZone(), userFirstDayOfWeek())[CHOICE_INDEX[choice]].until;
}
