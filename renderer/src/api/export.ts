import { useMutation } from '@tanstack/react-query';
import type { ExportFormat, ExportSelection } from '../../../electron/core/export/types';
import { userLocale, userZone } from './calendar';
import { useOperationQuery } from './hooks';
import { call } from './transport';

/** Export files are fetched on demand (a click), not kept in the query cache. */
export const useExportFiles = () =>
  useMutation({ mutationFn: (input: { selection: ExportSelection; format: ExportFormat }) => call('export.meetings', { ...input, ...userZone() }) });
export const useSaveExport = () =>
  useMutation({ mutationFn: (input: { selection: ExportSelection; format: ExportFormat | 'pdf' }) => call('export.save', { ...input, ...userZone() }) });
export const useShowInFolder = () => useMutation({ mutationFn: (path: string) => call('export.showInFolder', { path }) });
export const useFollowUpEmail = (meetingId: number, enabled: boolean) => useOperationQuery('export.followUpEmail', { meetingId, ...userZone(), ...userLocale() }, { enabled });
export const useProgressUpdate = (mentorId: number, enabled: boolean) => useOperationQuery('export.progressUpdate', { mentorId, ...userZone(), ...userLocale() }, { enabled });
