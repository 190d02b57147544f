import { useOperationMutation, useOperationQuery } from './hooks';

export const useAppInfo = () => useOperationQuery('app.info');
export const useSettings = () => useOperationQuery('settings.get');
export const useUpdateSettings = () => useOperationMutation('settings.update', ['settings', 'reminders']);
