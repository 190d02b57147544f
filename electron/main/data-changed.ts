import { EventEmitter } from 'node:events';

/** Tells shell pieces (tray, reminder scheduler) that a mutation changed the store. */
export const dataChanged = new EventEmitter();
