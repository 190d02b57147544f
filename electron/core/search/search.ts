import type { Db } from '../db/client';
import type { SEARCH_KIND_VALUES } from './contract';
import { MARK_END, MARK_START, toFtsQuery } from './fts-query';

export type SearchKind = (typeof SEARCH_KIND_VALUES)[number];

export interface SearchFilter {
  text: string;
  kinds?: SearchKind[];
  mentorId?: number;
  goalId?: number;
  from?: string;
  to?: string;
  limit: number;
}

export interface SearchResult {
  kind: SearchKind;
  id: number;
  /** Title and snippet with matches wrapped in \u0002…\u0003 (the renderer turns them into <mark>). */
  title: string;
  snippet: string;
  mentorId: number | null;
  goalId: number | null;
  at: string;
  route: string;
}

const ROUTE: Record<SearchKind, (id: number, mentorId: number | null) => string> = {
  mentor: (id) => `/mentors/${id}`,
  goal: (id) => `/goals/${id}`,
  meeting: (id) => `/meetings/${id}`,
  agenda: (_id, mentorId) => `/meetings/backlog/${mentorId ?? ''}`,
  advice: () => '/follow-ups/advice',
  commitment: (id) => `/follow-ups?commitment=${id}`,
};

/** Ranked full-text search (bm25, titles weigh more) with highlighted snippets and filters. */
export function search(db: Db, filter: SearchFilter): SearchResult[] {
  const match = toFtsQuery(filter.text);
  if (!match) return [];
  const where = ['search_index MATCH ?'];
  const params: unknown[] = [match];
  if (filter.kinds?.length) {
    where.push(`kind IN (${filter.kinds.map(() => '?').join(', ')})`);
    params.push(...filter.kinds);
  }
  if (filter.mentorId) (where.push('mentor_id = ?'), params.push(filter.mentorId));
  if (filter.goalId) (where.push('goal_id = ?'), params.push(filter.goalId));
  if (filter.from) (where.push('at >= ?'), params.push(filter.from));
  if (filter.to) (where.push('at < ?'), params.push(`${filter.to}~`));
  const rows = db.$client
    .prepare(
      `SELECT kind, ref_id AS id, mentor_id AS mentorId, goal_id AS goalId, at,
              highlight(search_index, 5, '${MARK_START}', '${MARK_END}') AS title,
              snippet(search_index, 6, '${MARK_START}', '${MARK_END}', '…', 16) AS snippet
       FROM search_index WHERE ${where.join(' AND ')}
       ORDER BY bm25(search_index, 0, 0, 0, 0, 0, 4.0, 1.0) LIMIT ?`,
    )
    .all(...params, filter.limit) as Omit<SearchResult, 'route'>[];
  return rows.map((r) => ({ ...r, route: ROUTE[r.kind](r.id, r.mentorId) }));
}
