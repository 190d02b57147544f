import { useOperationMutation, useOperationQuery } from './hooks';
import { userTimeZone } from './followups';

const AFFECTED = ['reminders', 'commitments', 'followups', 'dashboard', 'settings'];

export const useDueReminders = () => useOperationQuery('reminders.due', { timeZone: userTimeZone() }, { refetchInterval: 60_000 });
export const useClaimReminders = () => useOperationMutation('reminders.claim', []);
export const useSnoozeReminder = () => useOperationMutation('reminders.snooze', AFFECTED);
export const usePauseReminders = () => useOperationMutation('reminders.pause', AFFECTED);
