import { z } from 'zod';
import { calendarDate, id } from '../fields';
import { input, query } from '../operation';
import type { SearchResult } from './search';

export const SEARCH_KIND_VALUES = ['mentor', 'goal', 'meeting', 'agenda', 'advice', 'commitment'] as const;

export const searchContract = {
  /**
   * The search page sends { text, limit: 20 } once typing pauses (filters only when set), then 50, 110,
   * 200 on "Show more results". Raw equivalent (search.ts): is there a RANKED_MATCHES-th newest match?
   * If not, the bm25-ordered match LIMIT limit; if so, newest-first title matches of mentors/goals, of
   * everything, then newest-first matches, each LIMIT limit (2 × limit for the last).
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
