import type { Handlers } from '../operation';
import type { mentorsContract } from './contract';

export const mentorsHandlers: Handlers<typeof mentorsContract> = {};
