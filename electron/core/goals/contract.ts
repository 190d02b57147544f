import { z } from 'zod';
import { calendarDate, id, optionalText, patchOf, requiredText, timeZone } from '../fields';
import { input, mutation, query } from '../operation';
import { GOAL_STATUSES } from '../values';
import type { Coverage, Goal, GoalDeletionImpact, GoalDetail, GoalListItem } from './types';

export const goalFields = {
  title: requiredText('Title', 300),
  why: optionalText('Why it matters', 5_000).default(''),
  successCriteria: optionalText('What success looks like', 5_000).default(''),
  targetDate: calendarDate.nullable().default(null),
};

export const goalFormSchema = z.strictObject(goalFields);
export type GoalForm = z.input<typeof goalFormSchema>;

export const goalsContract = {
  'goals.list': query(input({ includeClosed: z.boolean().default(true), timeZone }).prefault({})).returns<GoalListItem[]>(),
  'goals.get': query(input({ id, timeZone })).returns<GoalDetail>(),
  'goals.create': mutation(goalFormSchema).returns<Goal>(),
  'goals.update': mutation(input({ id, changes: patchOf(goalFields) })).returns<Goal>(),
  'goals.setStatus': mutation(input({ id, status: z.enum(GOAL_STATUSES) })).returns<Goal>(),
  'goals.deletionImpact': query(input({ id })).returns<GoalDeletionImpact>(),
  'goals.delete': mutation(input({ id })).returns<GoalDeletionImpact>(),
  'goals.coverage': query(input({}).optional().default({})).returns<Coverage>(),
  'goals.link': mutation(
    input({ goalId: id, mentorId: id, canHelpWith: optionalText('What this mentor can do for this goal', 2_000).default('') }),
  ).returns<null>(),
  'goals.unlink': mutation(input({ goalId: id, mentorId: id })).returns<null>(),
};
