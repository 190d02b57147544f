import { contextBridge, ipcRenderer } from 'electron';
import { isOperationName } from '../core/contract';
import { EVENT_CHANNEL, type PlannerEvent } from '../core/events';
import type { PlannerBridge } from './api';

const bridge: PlannerBridge = Object.freeze({
  invoke: (name: string, input?: unknown) =>
    isOperationName(name)
      ? ipcRenderer.invoke(name, input)
      : Promise.resolve({ ok: false, error: { code: 'UNKNOWN_OPERATION', message: `Unknown operation ${name}.` } }),
  onEvent: (listener: (event: PlannerEvent) => void) => {
    const handler = (_event: unknown, payload: PlannerEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
}) as PlannerBridge;

contextBridge.exposeInMainWorld('planner', bridge);
