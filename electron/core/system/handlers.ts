import type { Handlers } from '../operation';
import { appInfo } from './app-info';
import type { systemContract } from './contract';

export const systemHandlers: Handlers<typeof systemContract> = {
  'app.info': (ctx) => appInfo(ctx.store, ctx.appVersion),
};
