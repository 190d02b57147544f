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

/**
 * How many matches are ranked: the newest this many (by the index's rowid, which follows the source
 * rows' ids). A broad word ("plan": 26 000 rows in ten years) costs as much as a specific query; a
 * specific query has fewer matches than this, so it is ranked exactly.
 */
export const RANKED_MATCHES = 500;

/** Ranked full-text search (bm25, titles weigh more) with highlighted snippets and filters, over the newest matches. */
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
  // FTS5 walks a match newest-first cheaply; ranking (and the snippets) then run on the newest few hundred only.
  const oldestRanked = db.$client
    .prepare(`SELECT rowid FROM search_index WHERE ${where.join(' AND ')} ORDER BY rowid DESC LIMIT 1 OFFSET ${RANKED_MATCHES - 1}`)
    .pluck()
    .get(...params) as number | undefined;
  const rows = db.$client
    .prepare(
      `SELECT kind, ref_id AS id, mentor_id AS mentorId, goal_id AS goalId, at,
              highlight(search_index, 5, '${MARK_START}', '${MARK_END}') AS title,
              snippet(search_index, 6, '${MARK_START}', '${MARK_END}', '…', 16) AS snippet
       FROM search_index WHERE ${where.join(' AND ')} AND rowid >= ?
       ORDER BY bm25(search_index, 0, 0, 0, 0, 0, 4.0, 1.0) LIMIT ?`,
    )
    .all(...params, oldestRanked ?? 0, filter.limit) as Omit<SearchResult, 'route'>[];
  return rows.map((r) => ({ ...r, route: ROUTE[r.kind](r.id, r.mentorId) }));
}
