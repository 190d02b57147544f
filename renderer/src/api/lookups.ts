import { useOperationQuery } from './hooks';

/** Mentor and goal lists for pickers and filters; every domain's mutations that add or rename invalidate 'lookups'. */
export const useMentorOptions = () => useOperationQuery('lookups.mentors');
export const useGoalOptions = () => useOperationQuery('lookups.goals');
