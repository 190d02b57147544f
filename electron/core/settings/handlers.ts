import type { Handlers } from '../operation';
import type { settingsContract } from './contract';
import { getSettings, updateSettings } from './settings';

export const settingsHandlers: Handlers<typeof settingsContract> = {
  'settings.get': (ctx) => getSettings(ctx.db),
  'settings.update': (ctx, patch) => updateSettings(ctx.db, patch, ctx.now()),
};
