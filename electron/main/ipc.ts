import { BrowserWindow, ipcMain } from 'electron';
import type { Core } from '../core/app-core';
import { operationNames } from '../core/contract';
import { EVENT_CHANNEL, type PlannerEvent } from '../core/events';
import { callingWindow } from './calling-window';
import { isTrustedSender } from './security';

/** One ipcMain handler per contract operation; each checks the sender, then dispatches (which validates). */
export function registerIpcHandlers(core: Core): void {
  for (const name of operationNames) {
    ipcMain.handle(name, async (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'Only Mentor Planner’s own window may do that.' } };
      }
      const caller = event.sender ? BrowserWindow.fromWebContents(event.sender) : null;
      return callingWindow.run(caller, () => core.call(name, input));
    });
  }
}

export function sendEvent(window: BrowserWindow, event: PlannerEvent): void {
  if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event);
}

export function broadcast(event: PlannerEvent): void {
  for (const window of BrowserWindow.getAllWindows()) sendEvent(window, event);
}
