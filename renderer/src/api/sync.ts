import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../electron/core/operation';
import type { PlannerContract } from '../../../electron/core/contract';
import { useOperationMutation, useOperationQuery } from './hooks';
import { call } from './transport';

// The status line also shows what other devices did, so it looks again every 15 seconds while shown.
export const useSyncStatus = () => useOperationQuery('sync.status', undefined, { refetchInterval: 15_000 });
export const useNoteConflicts = (meetingId: number) => useOperationQuery('sync.noteConflicts', { meetingId });

/** Set-up, unlock and "sync now" can bring in other devices' changes: everything shown is refreshed. */
function useSyncRound<N extends 'sync.setUp' | 'sync.unlock' | 'sync.now'>(name: N) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<PlannerContract[N]>) => call(name, input as never),
    onSuccess: () => client.invalidateQueries(),
  });
}

export const useSetUpSync = () => useSyncRound('sync.setUp');
export const useUnlockSync = () => useSyncRound('sync.unlock');
export const useSyncNow = () => useSyncRound('sync.now');
export const usePauseSync = () => useOperationMutation('sync.setPaused', ['sync']);
export const useRemoveSyncDevice = () => useOperationMutation('sync.removeDevice', ['sync']);
export const useTurnOffSync = () => useOperationMutation('sync.turnOff', ['sync']);
export const useResolveNoteConflict = () => useOperationMutation('sync.resolveNoteConflict', ['sync', 'meetings']);
