import type { z } from 'zod';
import { backupContract } from './backup/contract';
import { calendarsContract } from './calendars/contract';
import { exportContract } from './export/contract';
import { followupsContract } from './followups/contract';
import { goalsContract } from './goals/contract';
import { lookupsContract } from './lookups/contract';
import { meetingsContract } from './meetings/contract';
import { mentorsContract } from './mentors/contract';
import type { OperationSpec } from './operation';
import { remindersContract } from './reminders/contract';
import { searchContract } from './search/contract';
import { settingsContract } from './settings/contract';
import { syncContract } from './sync/contract';
import { systemContract } from './system/contract';

/** Every operation the renderer can ask of the core, whatever the transport (IPC or HTTP). */
export const contract = {
  ...systemContract,
  ...settingsContract,
  ...lookupsContract,
  ...mentorsContract,
  ...goalsContract,
  ...meetingsContract,
  ...followupsContract,
  ...remindersContract,
  ...exportContract,
  ...backupContract,
  ...searchContract,
  ...calendarsContract,
  ...syncContract,
} satisfies Record<string, OperationSpec<z.ZodType, unknown>>;

export type PlannerContract = typeof contract;
export type OperationName = keyof PlannerContract;
export const operationNames = Object.freeze(Object.keys(contract)) as readonly OperationName[];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
