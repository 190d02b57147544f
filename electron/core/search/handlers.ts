import type { Handlers } from '../operation';
import type { searchContract } from './contract';
import { search } from './search';

export const searchHandlers: Handlers<typeof searchContract> = {
  'search.query': (ctx, filter) => search(ctx.db, filter),
};
