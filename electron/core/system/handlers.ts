import { damagedPayload } from '../db/health';
import type { Handlers } from '../operation';
import { appInfo } from './app-info';
import { copyText } from './clipboard';
import type { systemContract } from './contract';

export const systemHandlers: Handlers<typeof systemContract> = {
  'app.info': (ctx) => appInfo(ctx.store, ctx.appVersion),
  'app.health': (ctx) => ({ damaged: ctx.health?.damaged ? damagedPayload(ctx.store.path).message : null }),
  'clipboard.copy': (ctx, { text }) => copyText(ctx.platform, text),
};
