import type { Handlers } from '../operation';
import type { goalsContract } from './contract';

export const goalsHandlers: Handlers<typeof goalsContract> = {};
