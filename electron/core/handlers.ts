import { contract, isOperationName, type PlannerContract } from './contract';
import { backupHandlers } from './backup/handlers';
import { calendarsHandlers } from './calendars/handlers';
import { exportHandlers } from './export/handlers';
import { followupsHandlers } from './followups/handlers';
import { goalsHandlers } from './goals/handlers';
import { lookupsHandlers } from './lookups/handlers';
import { meetingsHandlers } from './meetings/handlers';
import { mentorsHandlers } from './mentors/handlers';
import { remindersHandlers } from './reminders/handlers';
import { searchHandlers } from './search/handlers';
import { settingsHandlers } from './settings/handlers';
import { syncHandlers } from './sync/handlers';
import { systemHandlers } from './system/handlers';
import { PlannerError, issuesFromZod, toErrorPayload, type CallResult } from './errors';
import type { Context, Handlers } from './operation';
import { damagedPayload } from './db/health';
import { writeTransaction } from './db/write-transaction';

/** The one table mapping each contract operation to its service call. */
export const handlers: Handlers<PlannerContract> = {
  ...systemHandlers,
  ...settingsHandlers,
  ...lookupsHandlers,
  ...mentorsHandlers,
  ...goalsHandlers,
  ...meetingsHandlers,
  ...followupsHandlers,
  ...remindersHandlers,
  ...exportHandlers,
  ...backupHandlers,
  ...searchHandlers,
  ...calendarsHandlers,
  ...syncHandlers,
};

export interface DispatchHooks {
  /** Called after a mutation or task succeeded, so shells can refresh trays, schedulers and windows. */
  onChange?: (operation: string) => void;
  /** Called with unexpected (non-user) errors, for the log. */
  onInternalError?: (operation: string, error: unknown) => void;
}

type AnyHandler = (ctx: Context, input: unknown) => unknown;

/**
 * Validates the input against the contract, runs the handler (mutations inside one `BEGIN IMMEDIATE`
 * transaction, refused while the file is damaged) and returns the result or a typed error. Never throws.
 */
export async function dispatch(
  ctx: Context,
  name: unknown,
  rawInput: unknown,
  hooks: DispatchHooks = {},
): Promise<CallResult<unknown>> {
  if (!isOperationName(name)) {
    return {
      ok: false,
      error: { code: 'UNKNOWN_OPERATION', message: `Mentor Planner has no operation called "${String(name).slice(0, 80)}".` },
    };
  }
  const spec = contract[name];
  const parsed = spec.input.safeParse(rawInput);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'INVALID', message: 'Some fields need attention.', issues: issuesFromZod(parsed.error) },
    };
  }
  const handler = handlers[name] as AnyHandler;
  try {
    let value: unknown;
    if (spec.kind === 'mutation') {
      if (ctx.health?.damaged) return { ok: false, error: damagedPayload(ctx.store.path) };
      value = writeTransaction(ctx.store.sqlite, () => {
        const result = handler(ctx, parsed.data);
        if (result instanceof Promise) throw new PlannerError('INTERNAL', `Mutation ${name} must be synchronous.`);
        return result;
      });
    } else {
      value = await handler(ctx, parsed.data);
    }
    if (spec.kind !== 'query') hooks.onChange?.(name);
    return { ok: true, value: value === undefined ? null : value };
  } catch (error) {
    const payload = toErrorPayload(error);
    if (payload.code === 'DAMAGED') ctx.health?.suspectDamage();
    if (payload.code === 'INTERNAL') hooks.onInternalError?.(name, error);
    return { ok: false, error: payload };
  }
}
