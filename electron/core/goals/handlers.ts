import type { Handlers } from '../operation';
import type { goalsContract } from './contract';
import { deleteGoal, goalDeletionImpact } from './deletion';
import { coverage, createGoal, getGoalDetail, listGoals, setGoalStatus, updateGoal } from './goals';
import { linkMentorToGoal, unlinkMentorFromGoal } from './links';

export const goalsHandlers: Handlers<typeof goalsContract> = {
  'goals.list': (ctx, { includeClosed, timeZone }) => listGoals(ctx.db, { includeClosed }, ctx.now(), timeZone),
  'goals.get': (ctx, { id, timeZone }) => getGoalDetail(ctx.db, id, ctx.now(), timeZone),
  'goals.create': (ctx, values) => createGoal(ctx.db, values, ctx.now()),
  'goals.update': (ctx, { id, changes }) => updateGoal(ctx.db, id, changes, ctx.now()),
  'goals.setStatus': (ctx, { id, status }) => setGoalStatus(ctx.db, id, status, ctx.now()),
  'goals.deletionImpact': (ctx, { id }) => goalDeletionImpact(ctx.db, id),
  'goals.delete': (ctx, { id }) => deleteGoal(ctx.db, id),
  'goals.coverage': (ctx) => coverage(ctx.db),
  'goals.link': (ctx, { goalId, mentorId, canHelpWith }) => (linkMentorToGoal(ctx.db, goalId, mentorId, canHelpWith, ctx.now()), null),
  'goals.unlink': (ctx, { goalId, mentorId }) => (unlinkMentorFromGoal(ctx.db, goalId, mentorId), null),
};
