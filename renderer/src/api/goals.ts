import { userZone } from './calendar';
import { useOperationMutation, useOperationQuery } from './hooks';

const AFFECTED = ['goals', 'mentors', 'lookups', 'app', 'dashboard', 'search'];

export const useGoals = (includeClosed = true) => useOperationQuery('goals.list', { includeClosed, ...userZone() }, { keepPrevious: true });
export const useGoal = (id: number) => useOperationQuery('goals.get', { id, ...userZone() });
export const useCoverage = () => useOperationQuery('goals.coverage');
export const useGoalDeletionImpact = (id: number, enabled: boolean) => useOperationQuery('goals.deletionImpact', { id }, { enabled });

export const useCreateGoal = () => useOperationMutation('goals.create', AFFECTED);
export const useUpdateGoal = () => useOperationMutation('goals.update', AFFECTED);
export const useSetGoalStatus = () => useOperationMutation('goals.setStatus', AFFECTED);
export const useDeleteGoal = () => useOperationMutation('goals.delete', [...AFFECTED, 'commitments', 'followups', 'advice']);
export const useLinkGoalMentor = () => useOperationMutation('goals.link', AFFECTED);
export const useUnlinkGoalMentor = () => useOperationMutation('goals.unlink', AFFECTED);
