import type { Handlers } from '../operation';
import type { lookupsContract } from './contract';
import { goalOptions, mentorOptions } from './lookups';

export const lookupsHandlers: Handlers<typeof lookupsContract> = {
  'lookups.mentors': (ctx) => mentorOptions(ctx.db),
  'lookups.goals': (ctx) => goalOptions(ctx.db),
};
