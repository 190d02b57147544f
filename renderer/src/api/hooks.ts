import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { OperationName, PlannerContract } from '../../../electron/core/contract';
import type { InputOf, ResultOf } from '../../../electron/core/operation';
import { call } from './transport';

/** A query hook for one contract operation; the key is [operation, input] so invalidating by name works. */
export function useOperationQuery<N extends OperationName>(
  name: N,
  input?: InputOf<PlannerContract[N]>,
  { keepPrevious, ...options }: { enabled?: boolean; refetchInterval?: number; keepPrevious?: boolean; staleTime?: number } = {},
) {
  return useQuery({
    queryKey: input === undefined ? [name] : [name, input],
    queryFn: () => (call as (n: N, i: unknown) => Promise<ResultOf<PlannerContract[N]>>)(name, input),
    // Keep showing the last result while a new page or filter loads (no flashing empty state).
    placeholderData: keepPrevious ? keepPreviousData : undefined,
    ...options,
  });
}

/**
 * A mutation hook for one contract operation. `invalidates` lists the key prefixes (domains such as
 * 'mentors' or operation names) whose queries become stale when it succeeds; `context` adds fields
 * every call carries (the user's time zone).
 */
export function useOperationMutation<N extends OperationName>(name: N, invalidates: string[], context?: () => Partial<InputOf<PlannerContract[N]>>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<PlannerContract[N]>) =>
      (call as (n: N, i: unknown) => Promise<ResultOf<PlannerContract[N]>>)(name, context ? { ...input, ...context() } : input),
    onSuccess: () => invalidateDomains(client, invalidates),
  });
}

export function invalidateDomains(client: ReturnType<typeof useQueryClient>, domains: string[]) {
  return client.invalidateQueries({
    predicate: (query) => {
      const op = String((query.queryKey as QueryKey)[0] ?? '');
      return domains.some((d) => op === d || op.startsWith(`${d}.`));
    },
  });
}
