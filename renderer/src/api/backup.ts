import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userZone } from './calendar';
import { useOperationMutation, useOperationQuery } from './hooks';
import { call } from './transport';

export const useBackupCopies = () => useOperationQuery('backup.copies');
export const useDownloadBackup = () => useMutation({ mutationFn: () => call('backup.export', userZone()) });
export const useCopyNow = () => useOperationMutation('backup.copyNow', ['backup']);

/** A restore changes everything: every cached query is refreshed afterwards. */
export function useRestoreBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { content: string; mode: 'replace' | 'merge' }) => call('backup.restore', input),
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useRestoreCopy() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (fileName: string) => call('backup.restoreCopy', { fileName }), onSuccess: () => client.invalidateQueries() });
}
