import { userZone } from './calendar';
import { useOperationMutation, useOperationQuery } from './hooks';

const AFFECTED = ['reminders', 'commitments', 'followups', 'dashboard', 'settings', 'app'];

export const useDueReminders = () => useOperationQuery('reminders.due', userZone(), { refetchInterval: 60_000 });
export const useClaimReminders = () => useOperationMutation('reminders.claim', []);
export const useSnoozeReminder = () => useOperationMutation('reminders.snooze', AFFECTED);
export const useDismissReminder = () => useOperationMutation('reminders.dismiss', ['reminders']);
export const usePauseReminders = () => useOperationMutation('reminders.pause', AFFECTED);
