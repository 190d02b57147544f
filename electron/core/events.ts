/** Messages the core side pushes to the renderer (over IPC in the desktop app). */
export type PlannerEvent =
  | { type: 'changed'; operation: string }
  | { type: 'navigate'; to: string }
  | { type: 'hint'; message: string };

export const EVENT_CHANNEL = 'planner:event';
