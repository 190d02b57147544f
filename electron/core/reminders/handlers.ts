import type { Handlers } from '../operation';
import type { remindersContract } from './contract';

export const remindersHandlers: Handlers<typeof remindersContract> = {};
