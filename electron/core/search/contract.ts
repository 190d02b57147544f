import { z } from 'zod';
import { calendarDate, id } from '../fields';
import { input, query } from '../operation';
import type { SearchResult } from './search';

export const SEARCH_KIND_VALUES = ['mentor', 'goal', 'meeting', 'agenda', 'advice', 'commitment'] as const;

export const searchContract = {
  /**
   * The search page sends { text, limit: 20 } once typing pauses (filters only when set), then 50, 110,
   * 200 on "Show more results". Raw equivalent: the rowid of the RANKED_MATCHES-th newest match, then
   * the bm25-ordered match with rowid >= it (see search.ts).
   */
  'search.query': query(
    input({
      text: z.string().max(500),
      kinds: z.array(z.enum(SEARCH_KIND_VALUES)).max(6).optional(),
      mentorId: id.optional(),
      goalId: id.optional(),
      from: calendarDate.optional(),
      to: calendarDate.optional(),
      limit: z.number().int().min(1).max(200).default(50),
    }),
  ).returns<SearchResult[]>(),
};
