import { useOperationQuery } from './hooks';

/** Mentor and goal lists for pickers and filters; every domain's mutations that add or rename invalidate 'lookups'. */
// Always refreshed when a picker appears: cheap, and another window or tab may have added a mentor or goal.
export const useMentorOptions = () => useOperationQuery('lookups.mentors', undefined, { staleTime: 0 });
export const useGoalOptions = () => useOperationQuery('lookups.goals', undefined, { staleTime: 0 });
