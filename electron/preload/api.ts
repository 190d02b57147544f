import type { OperationName, PlannerContract } from '../core/contract';
import type { CallResult } from '../core/errors';
import type { PlannerEvent } from '../core/events';
import type { InputOf, ResultOf } from '../core/operation';

/** The one object the preload exposes as `window.planner`. */
export interface PlannerBridge {
  invoke<N extends OperationName>(name: N, input?: InputOf<PlannerContract[N]>): Promise<CallResult<ResultOf<PlannerContract[N]>>>;
  onEvent(listener: (event: PlannerEvent) => void): () => void;
}
