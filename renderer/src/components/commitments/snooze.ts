import { addDays, addHours, nextMonday, setHours, startOfHour } from 'date-fns';

export type SnoozeChoice = 'hour' | 'tomorrow' | 'nextWeek';

/** When a snooze ends, in the user's local time: in an hour, tomorrow 9:00, or next Monday 9:00. */
export function snoozeUntil(choice: SnoozeChoice, now = new Date()): string {
  const at = choice === 'hour' ? addHours(now, 1) : choice === 'tomorrow' ? setHours(startOfHour(addDays(now, 1)), 9) : setHours(startOfHour(nextMonday(now)), 9);
  if (choice !== 'hour') at.setMinutes(0, 0, 0);
  return at.toISOString();
}
