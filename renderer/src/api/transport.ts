import type { OperationName, PlannerContract } from '../../../electron/core/contract';
import type { CallResult, PlannerErrorPayload } from '../../../electron/core/errors';
import type { PlannerEvent } from '../../../electron/core/events';
import type { InputOf, ResultOf } from '../../../electron/core/operation';
import type { PlannerBridge } from '../../../electron/preload/api';

declare global {
  interface Window {
    planner?: PlannerBridge;
  }
}

/** A typed failure from the core, thrown by `call` so react-query and error boundaries see it. */
export class PlannerClientError extends Error implements PlannerErrorPayload {
  readonly code: PlannerErrorPayload['code'];
  readonly issues?: PlannerErrorPayload['issues'];
  constructor(payload: PlannerErrorPayload) {
    super(payload.message);
    this.name = 'PlannerClientError';
    this.code = payload.code;
    this.issues = payload.issues;
  }
}

interface Transport {
  kind: 'ipc' | 'http';
  invoke(name: string, input: unknown): Promise<CallResult<unknown>>;
  onEvent(listener: (event: PlannerEvent) => void): () => void;
}

function httpTransport(): Transport {
  const token = new URLSearchParams(window.location.search).get('token') ?? sessionStorage.getItem('planner-token') ?? '';
  if (token) sessionStorage.setItem('planner-token', token);
  return {
    kind: 'http',
    async invoke(name, input) {
      let response: Response;
      try {
        response = await fetch(`/api/call/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return {
          ok: false,
          error: { code: 'INTERNAL', message: 'Mentor Planner’s browser-mode server is not answering. Is `npm run start:web` still running?' },
        };
      }
      return (await response.json()) as CallResult<unknown>;
    },
    onEvent: () => () => undefined,
  };
}

function pickTransport(): Transport {
  const bridge = window.planner;
  if (bridge) return { kind: 'ipc', invoke: (name, input) => bridge.invoke(name as OperationName, input as never), onEvent: bridge.onEvent };
  return httpTransport();
}

const transport = pickTransport();
export const transportKind = transport.kind;
export const onPlannerEvent = transport.onEvent;

/** Calls one contract operation; resolves with its result or throws PlannerClientError. */
export async function call<N extends OperationName>(
  name: N,
  ...args: undefined extends InputOf<PlannerContract[N]> ? [input?: InputOf<PlannerContract[N]>] : [input: InputOf<PlannerContract[N]>]
): Promise<ResultOf<PlannerContract[N]>> {
  const result = await transport.invoke(name, args[0]);
  if (!result.ok) throw new PlannerClientError(result.error);
  return result.value as ResultOf<PlannerContract[N]>;
}
