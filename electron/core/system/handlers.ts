import type { Handlers } from '../operation';
import { appInfo } from './app-info';
import { copyText } from './clipboard';
import type { systemContract } from './contract';

export const systemHandlers: Handlers<typeof systemContract> = {
  'app.info': (ctx) => appInfo(ctx.store, ctx.appVersion),
  'clipboard.copy': (ctx, { text }) => copyText(ctx.platform, text),
};
