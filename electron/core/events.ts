/** Messages the core side pushes to the renderer (over IPC in the desktop app). */
export type PlannerEvent =
  | { type: 'changed'; operation: string }
  | { type: 'navigate'; to: string }
  | { type: 'hint'; message: string }
  /** A long export's progress: meetings written of the total, under the id its caller gave it. */
  | { type: 'export'; jobId: string; done: number; total: number };

export const EVENT_CHANNEL = 'planner:event';
