import { userCalendar, userZone } from './calendar';
import { useOperationMutation, useOperationQuery } from './hooks';

const AFFECTED = ['commitments', 'followups', 'measures', 'dashboard', 'advice', 'meetings', 'prep', 'goals', 'mentors', 'reminders', 'search', 'app'];

export const useFollowUpBoard = (filter: { mentorId?: number; goalId?: number; perBucket: number }) =>
  useOperationQuery('followups.board', { ...filter, ...userCalendar() }, { keepPrevious: true });
export const useRatesReport = () => useOperationQuery('measures.report', userZone());
export const useDashboard = () => useOperationQuery('dashboard.today', userZone(), { refetchInterval: 60_000 });
export const useAdviceLibrary = (page: { mentorId?: number; goalId?: number; before?: number; limit: number }) =>
  useOperationQuery('advice.library', page, { keepPrevious: true });
export const useReportBackDraft = (id: number | null) => useOperationQuery('commitments.reportBackDraft', { id: id ?? 0 }, { enabled: id !== null });

export const useCreateCommitment = () => useOperationMutation('commitments.create', AFFECTED);
export const useUpdateCommitment = () => useOperationMutation('commitments.update', AFFECTED);
export const useCompleteCommitment = () => useOperationMutation('commitments.complete', AFFECTED);
export const useDropCommitment = () => useOperationMutation('commitments.drop', AFFECTED);
export const useReopenCommitment = () => useOperationMutation('commitments.reopen', AFFECTED);
export const useSnoozeCommitment = () => useOperationMutation('commitments.snooze', AFFECTED);
export const useMarkReported = () => useOperationMutation('commitments.markReported', AFFECTED);
export const useDeleteCommitment = () => useOperationMutation('commitments.delete', AFFECTED);
export const useSetVerdict = () => useOperationMutation('advice.setVerdict', AFFECTED);
