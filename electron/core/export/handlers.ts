import type { Handlers } from '../operation';
import type { exportContract } from './contract';

export const exportHandlers: Handlers<typeof exportContract> = {};
