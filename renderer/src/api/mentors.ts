import { userZone } from './calendar';
import { useOperationMutation, useOperationQuery } from './hooks';

// Mentor changes show up in pickers (lookups), counts (app), goal pages, meetings and the dashboard.
const AFFECTED = ['mentors', 'interactions', 'gives', 'lookups', 'app', 'goals', 'dashboard', 'meetings', 'reminders', 'search'];

export const useMentors = (includeArchived: boolean, sort: 'name' | 'health' | 'recent') =>
  useOperationQuery('mentors.list', { includeArchived, sort });
/** `listLimit`: how many of each of the mentor's lists to read (the page starts with MENTOR_PAGE_LIMIT). */
export const useMentor = (id: number, listLimit?: number) => useOperationQuery('mentors.get', { id, listLimit, ...userZone() }, { keepPrevious: true });
export const useMentorsWithSameName = (name: string, excludeId?: number) =>
  useOperationQuery('mentors.sameName', { name, excludeId }, { enabled: name.trim().length > 0 });
export const useMentorDeletionImpact = (id: number, enabled: boolean) => useOperationQuery('mentors.deletionImpact', { id }, { enabled });
export const useOverdueToReconnect = () => useOperationQuery('mentors.overdueToReconnect');

export const useCreateMentor = () => useOperationMutation('mentors.create', AFFECTED);
export const useUpdateMentor = () => useOperationMutation('mentors.update', AFFECTED);
export const useArchiveMentor = () => useOperationMutation('mentors.archive', AFFECTED);
export const useRestoreMentor = () => useOperationMutation('mentors.restore', AFFECTED);
export const useDeleteMentor = () => useOperationMutation('mentors.delete', [...AFFECTED, 'commitments', 'followups', 'advice']);
export const useLogInteraction = () => useOperationMutation('interactions.log', AFFECTED);
export const useDeleteInteraction = () => useOperationMutation('interactions.delete', AFFECTED);
export const useAddGive = () => useOperationMutation('gives.add', AFFECTED);
export const useDeleteGive = () => useOperationMutation('gives.delete', AFFECTED);
