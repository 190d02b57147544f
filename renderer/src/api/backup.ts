import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userZone } from './calendar';
import { useOperationMutation, useOperationQuery } from './hooks';
import { useState } from 'react';
import { MAX_BACKUP_BYTES } from '../../../electron/core/backup/contract';
import { call, uploadBackup } from './transport';

export const useBackupCopies = () => useOperationQuery('backup.copies');
export const useDownloadBackup = () => useMutation({ mutationFn: () => call('backup.export', userZone()) });
export const useCopyNow = () => useOperationMutation('backup.copyNow', ['backup']);

/**
 * Restores a backup file: in browser mode the file picked in the page, uploaded with progress (`progress`
 * is the share sent, 0…1); on the desktop the one chosen in the open dialog (null result: cancelled).
 * A restore changes everything: every cached query is refreshed afterwards.
 */
export function useRestoreBackupFile() {
  const client = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const mutation = useMutation({
    mutationFn: ({ file, mode }: { file: File | null; mode: 'replace' | 'merge' }) => {
      if (!uploadBackup) return call('backup.restoreFile', { mode });
      if (!file) throw new Error('Choose a backup file first.');
      if (file.size > MAX_BACKUP_BYTES) throw new Error('That file is larger than any Mentor Planner backup (512 MB). Choose the .json file Mentor Planner saved.');
      setProgress(0);
      return uploadBackup(file, mode, setProgress);
    },
    onSuccess: () => client.invalidateQueries(),
    onSettled: () => setProgress(null),
  });
  return { ...mutation, progress };
}

/** Whether the page picks the file itself (browser mode) or the desktop's open dialog does. */
export const picksBackupFileInPage = uploadBackup !== undefined;

export function useRestoreCopy() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (fileName: string) => call('backup.restoreCopy', { fileName }), onSuccess: () => client.invalidateQueries() });
}
