import type { Handlers } from '../operation';
import type { searchContract } from './contract';

export const searchHandlers: Handlers<typeof searchContract> = {};
