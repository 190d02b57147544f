import type { Handlers } from '../operation';
import type { followupsContract } from './contract';

export const followupsHandlers: Handlers<typeof followupsContract> = {};
