import { z } from 'zod';
import type { Store } from './db/client';
import type { Platform } from './platform';
import type { StoreHealth } from './db/health';
import type { PlannerEvent } from './events';

/**
 * query: reads only. mutation: writes, run inside one transaction, and tells listeners the data changed.
 * task: asynchronous work (backups, exports) that manages its own transactions.
 */
export type OperationKind = 'query' | 'mutation' | 'task';

export interface OperationSpec<I extends z.ZodType = z.ZodType, R = unknown> {
  kind: OperationKind;
  input: I;
  /** Phantom: carries the result type; never set at run time. */
  readonly __result?: R;
}

function spec<I extends z.ZodType>(kind: OperationKind, input: I) {
  return {
    returns<R>(): OperationSpec<I, R> {
      return { kind, input };
    },
  };
}

export const query = <I extends z.ZodType>(input: I) => spec('query', input);
export const mutation = <I extends z.ZodType>(input: I) => spec('mutation', input);
export const task = <I extends z.ZodType>(input: I) => spec('task', input);

/** Every operation input is a strict object: unknown fields are an error, not silently dropped. */
export const input = <S extends z.ZodRawShape>(shape: S) => z.strictObject(shape);
export const noInput = z.strictObject({}).optional().default({});

export type Contract = Record<string, OperationSpec<z.ZodType, unknown>>;
export type InputOf<S> = S extends OperationSpec<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<S> = S extends OperationSpec<infer I, unknown> ? z.output<I> : never;
export type ResultOf<S> = S extends OperationSpec<z.ZodType, infer R> ? R : never;

/** What every handler receives: the store and the clock (injected so tests control time). */
export interface Context {
  store: Store;
  db: Store['db'];
  now: () => Date;
  appVersion: string;
  /** Desktop capabilities (save dialog, PDF, clipboard); empty in browser mode and core tests. */
  platform: Platform;
  /** Sound or damaged: a damaged file refuses every mutation. Absent in tools that only write (tests). */
  health?: StoreHealth;
  /** Where the migrations are, to open a file put back in place of a damaged one. */
  migrationsFolder?: string;
  /** Pushes an event to every window (desktop) or tab (browser mode) listening. */
  emit?: (event: PlannerEvent) => void;
}

export type Handlers<C extends Contract> = {
  [K in keyof C]: (ctx: Context, input: ParsedInputOf<C[K]>) => ResultOf<C[K]> | Promise<ResultOf<C[K]>>;
};
