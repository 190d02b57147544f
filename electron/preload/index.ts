import { contextBridge, ipcRenderer } from 'electron';
import type { PlannerEvent } from '../core/events';
import type { PlannerBridge } from './api';

// The preload needs the operation names, not the contract: the build writes them in, so no schema,
// zod or drizzle is bundled here. (The channel name is repeated from core/events.ts for the same reason;
// tests/shell/security.test.ts checks both against the core.)
const operationNames = new Set<string>(__PLANNER_OPERATION_NAMES__);
const EVENT_CHANNEL = 'planner:event';

const bridge: PlannerBridge = Object.freeze({
  invoke: (name: string, input?: unknown) =>
    typeof name === 'string' && operationNames.has(name)
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
