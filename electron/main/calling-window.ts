import { AsyncLocalStorage } from 'node:async_hooks';
import type { BrowserWindow } from 'electron';

/** The window whose IPC call is being served, so a dialog it opens is parented to it (not just any window). */
export const callingWindow = new AsyncLocalStorage<BrowserWindow | null>();
