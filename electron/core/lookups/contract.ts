import { noInput, query } from '../operation';
import type { GoalOption, MentorOption } from './lookups';

/** Small lists every page's pickers and filters share. */
export const lookupsContract = {
  'lookups.mentors': query(noInput).returns<MentorOption[]>(),
  'lookups.goals': query(noInput).returns<GoalOption[]>(),
};
