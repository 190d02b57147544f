import type { Handlers } from '../operation';
import type { meetingsContract } from './contract';

export const meetingsHandlers: Handlers<typeof meetingsContract> = {};
