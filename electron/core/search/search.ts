import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
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
  /** The mentor the result belongs to (a meeting's title names them). */
  mentorName: string | null;
  goalId: number | null;
  at: string;
  route: string;
}

/** A snippet of Markdown notes read as plain text: no `#`, `**`, list dashes, backticks or link targets. */
export function plainSnippet(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)?/g, '$1')
    .replace(/(^|\n|…)[ \t]*(?:#{1,6}|>|[-*+]|\d+[.)])[ \t]+/g, '$1')
    .replace(/(\*\*|__|`+|~~)/g, '')
    .replace(/(^|[\s(])[*_]([^\s*_])/g, '$1$2')
    .replace(/([^\s*_])[*_](?=[\s).,;:!?]|$)/g, '$1')
    .replace(/\s*\n+\s*/g, ' · ')
    .trim();
}

// The index stores a meeting's title as "Meeting on <date> <place>"; results name the mentor instead.
export const MEETING_TITLE = /^Meeting on [\d\u0002\u0003-]+ ?/;

export const ROUTE: Record<SearchKind, (id: number, mentorId: number | null) => string> = {
  mentor: (id) => `/mentors/${id}`,
  goal: (id) => `/goals/${id}`,
  meeting: (id) => `/meetings/${id}`,
  agenda: (_id, mentorId) => `/meetings/backlog/${mentorId ?? ''}`,
  advice: () => '/follow-ups/advice',
  commitment: (id) => `/follow-ups?commitment=${id}`,
};

/**
 * A query with more matches than this is broad ("plan": 26 000 rows in ten years). Ranking it by bm25
 * would read every match (bm25 needs each word's count over all of them), so a broad query lists title
 * matches first (mentors and goals named so, then the newest titles), then the newest other matches:
 * work bounded by the page, not the years. A common whole word ("plan") lists that word, not every
 * word it starts. A narrower query is ranked exactly by bm25.
 */
export const RANKED_MATCHES = 500;

const COLUMNS = `kind, ref_id AS id, mentor_id AS mentorId, goal_id AS goalId, at,
  highlight(search_index, 5, '${MARK_START}', '${MARK_END}') AS title,
  snippet(search_index, 6, '${MARK_START}', '${MARK_END}', '…', 16) AS snippet, rowid`;

type Row = Omit<SearchResult, 'route' | 'mentorName'> & { rowid: number };

/** Full-text search (titles weigh more) with highlighted snippets and filters, in time bounded by the page. */
export function search(db: Db, filter: SearchFilter): SearchResult[] {
  const match = toFtsQuery(filter.text);
  if (!match) return [];
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.kinds?.length) {
    where.push(`kind IN (${filter.kinds.map(() => '?').join(', ')})`);
    params.push(...filter.kinds);
  }
  if (filter.mentorId) (where.push('mentor_id = ?'), params.push(filter.mentorId));
  if (filter.goalId) (where.push('goal_id = ?'), params.push(filter.goalId));
  if (filter.from) (where.push('at >= ?'), params.push(filter.from));
  if (filter.to) (where.push('at < ?'), params.push(`${filter.to}~`));
  const statement = (sql: string) => prepared(db, sql, () => db.$client.prepare(sql));
  const matchingSql = (more: string, tail: string) =>
    `SELECT ${COLUMNS} FROM search_index WHERE search_index MATCH ? ${[...where, ...(more ? [more] : [])].map((w) => `AND ${w}`).join(' ')} ${tail}`;
  const matching = (ftsQuery: string, more: string, tail: string, tailParams: unknown[]) => statement(matchingSql(more, tail)).all(ftsQuery, ...params, ...tailParams) as Row[];
  // FTS5 walks a match newest-first and stops early: this says whether a query is broad.
  const isBroad = (ftsQuery: string) =>
    statement(`SELECT rowid FROM search_index WHERE search_index MATCH ? ${where.map((w) => `AND ${w}`).join(' ')} ORDER BY rowid DESC LIMIT 1 OFFSET ${RANKED_MATCHES - 1}`).get(
      ftsQuery,
      ...params,
    ) !== undefined;
  // The last word is a prefix while typing; a prefix merges every word it starts (O(matches) per statement),
  // a whole word is read straight from the index. A common whole word is listed by itself.
  const wholeWords = match.endsWith('*') ? match.slice(0, -1) : match;
  const broad = isBroad(wholeWords) ? wholeWords : wholeWords !== match && isBroad(match) ? match : null;
  let rows: Row[];
  if (broad === null) {
    rows = matching(match, '', 'ORDER BY bm25(search_index, 0, 0, 0, 0, 0, 4.0, 1.0) LIMIT ?', [filter.limit]);
  } else {
    const inTitle = `{title} : (${broad})`;
    // Mentors and goals are the oldest rows (rowid = id * 8 + 1 or 2) and few: their names come first.
    const ceiling = statement('SELECT 8 * max((SELECT coalesce(max(id), 0) FROM mentors), (SELECT coalesce(max(id), 0) FROM goals)) + 2').pluck().get() as number;
    const seen = new Set<number>();
    rows = [
      // The bound is written into the statement (a whole number): bound as a parameter, FTS5 read every
      // match instead of stopping at it (3 ms against 55 on 'plan' at 10×). Not kept: it moves with new rows.
      ...(db.$client.prepare(matchingSql(`rowid <= ${Math.trunc(ceiling)} AND rowid % 8 IN (1, 2)`, 'ORDER BY rowid DESC LIMIT ?')).all(inTitle, ...params, filter.limit) as Row[]),
      ...matching(inTitle, '', 'ORDER BY rowid DESC LIMIT ?', [filter.limit]),
      ...matching(broad, '', 'ORDER BY rowid DESC LIMIT ?', [2 * filter.limit]),
    ]
      .filter((r) => !seen.has(r.rowid) && seen.add(r.rowid))
      .slice(0, filter.limit);
  }
  return presented(db, rows.map(({ rowid: _rowid, ...r }) => r));
}

/** Results as the user reads them: a meeting named by its mentor (the index only knows its date and place), notes as plain text. */
function presented(db: Db, rows: Omit<SearchResult, 'route' | 'mentorName'>[]): SearchResult[] {
  const mentorIds = [...new Set(rows.map((r) => r.mentorId).filter((id): id is number => id !== null))];
  const names = new Map(
    mentorIds.length ? (db.$client.prepare('SELECT id, name FROM mentors WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(mentorIds)) as { id: number; name: string }[]).map((m) => [m.id, m.name]) : [],
  );
  return rows.map((r) => {
    const mentorName = r.mentorId === null ? null : (names.get(r.mentorId) ?? null);
    const place = r.title.replace(MEETING_TITLE, '');
    const title = r.kind === 'meeting' ? [`Meeting with ${mentorName ?? 'a mentor'}`, place].filter(Boolean).join(' · ') : r.title;
    return { ...r, title, snippet: plainSnippet(r.snippet), mentorName, route: ROUTE[r.kind](r.id, r.mentorId) };
  });
}
