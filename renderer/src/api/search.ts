import { useQuery } from '@tanstack/react-query';
import type { SearchKind } from '../../../electron/core/search/search';
import { call } from './transport';

export interface SearchParams {
  text: string;
  kinds?: SearchKind[];
  mentorId?: number;
  goalId?: number;
  from?: string;
  to?: string;
  limit?: number;
}

/** Search results; the previous results stay on screen while the next query runs (no flicker while typing). */
export const useSearch = (params: SearchParams) =>
  useQuery({
    queryKey: ['search.query', params],
    queryFn: () => call('search.query', params),
    enabled: params.text.trim().length > 0,
    placeholderData: (previous) => previous,
    staleTime: 5_000,
  });
