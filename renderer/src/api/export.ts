import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { ExportFormat, ExportSelection } from '../../../electron/core/export/types';
import { userLocale, userZone } from './calendar';
import { useOperationQuery } from './hooks';
import { call, followExport } from './transport';

const newJobId = () => Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');

export interface ExportRun {
  selection: ExportSelection;
  format: ExportFormat | 'pdf';
  /** Save through the desktop's dialog; otherwise the files come back to download. */
  save: boolean;
}

/**
 * Runs an export (files are fetched on demand, not cached) under an id made here, so its progress
 * (meetings done of the total) is heard from the start and `cancel` can stop it. A cancelled export
 * answers null.
 */
export function useExportMeetings() {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const running = useRef<string | null>(null);
  const cancelled = useRef<string | null>(null);
  const mutation = useMutation({
    mutationFn: async ({ selection, format, save }: ExportRun) => {
      const jobId = newJobId();
      running.current = jobId;
      setProgress(null);
      const stop = followExport(jobId, ({ done, total }) => setProgress({ done, total }));
      try {
        const input = { selection, ...userZone(), jobId };
        const saved = save ? await call('export.save', { ...input, format }) : undefined;
        const files = save ? undefined : await call('export.meetings', { ...input, format: format as ExportFormat });
        return { saved, files, cancelled: cancelled.current === jobId };
      } finally {
        stop();
        running.current = null;
      }
    },
  });
  const cancel = () => {
    if (!running.current) return;
    cancelled.current = running.current;
    void call('export.cancel', { jobId: running.current });
  };
  return { ...mutation, progress, cancel };
}
export const useShowInFolder = () => useMutation({ mutationFn: (path: string) => call('export.showInFolder', { path }) });
export const useFollowUpEmail = (meetingId: number, enabled: boolean) => useOperationQuery('export.followUpEmail', { meetingId, ...userZone(), ...userLocale() }, { enabled });
export const useProgressUpdate = (mentorId: number, enabled: boolean) => useOperationQuery('export.progressUpdate', { mentorId, ...userZone(), ...userLocale() }, { enabled });
