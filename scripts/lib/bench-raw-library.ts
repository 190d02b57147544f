import type Database from 'better-sqlite3';
import { MEASURE_DEFINITIONS } from '../../electron/core/followups/measures';
import { toFtsQuery } from '../../electron/core/search/fts-query';
import { MEETING_TITLE, plainSnippet, ROUTE, type SearchKind } from '../../electron/core/search/search';
import { addDays, dayIn, firstDayOfMonth, lastDayOfMonth, monthOf, monthsEndingAt, zonedTimeToUtc } from '../../electron/core/zoned-time';

// Raw better-sqlite3 queries for the advice library, the measures, the goal list and its coverage, and
// search: the same rows as the operation (the bench compares them), each statement prepared once.
// JS only shapes rows and computes parameters (a zone's day boundaries as instants); every rule that
// decides which rows appear, and every count, is in the SQL.

type Row = Record<string, unknown>;
const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const camelRow = (row: Row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [camel(k), v]));
const byName = new Intl.Collator().compare;

export function rawLibraryQueries(db: Database.Database, nowIso: string) {
  const now = new Date(nowIso);
  const all = (sql: string) => {
    const statement = db.prepare(sql);
    return (...params: unknown[]) => statement.all(...params) as Row[];
  };

  const advice = all(`select a.id, a.text, a.verdict, a.created_at, a.mentor_id, m.name mentor_name, a.goal_id, g.title goal_title, a.meeting_id, mt.scheduled_at meeting_at
    from advice a join mentors m on m.id = a.mentor_id left join goals g on g.id = a.goal_id left join meetings mt on mt.id = a.meeting_id
    order by a.created_at desc, a.id desc limit ?`);
  const ledTo = all('select id, advice_id, title, status, outcome from commitments where advice_id in (select value from json_each(?)) order by advice_id, id');

  // Each commitment counted on its day in the user's zone: done and dropped on the day they were closed
  // (the zone's midnights as UTC instants bound each day), overdue ones on their due day. Per span, four
  // index-only range counts (reported = done - unreported, from the unreported index); per mentor and
  // goal, one pass over the period's rows.
  const spans = all(`select s.key i,
      (select count(*) from commitments where status = 'done' and completed_at >= s.value ->> 'start' and completed_at < s.value ->> 'end') done,
      (select count(*) from commitments where status = 'done' and reported_back_at is null and completed_at >= s.value ->> 'start' and completed_at < s.value ->> 'end') unreported,
      (select count(*) from commitments where status = 'dropped' and dropped_at >= s.value ->> 'start' and dropped_at < s.value ->> 'end') dropped,
      (select count(*) from commitments where status = 'open' and due_date >= s.value ->> 'from' and due_date <= s.value ->> 'to' and due_date < @today) overdue
    from json_each(@spans) s order by s.key`);
  const pairs = all(`select p.*, m.name, g.title from (select mentor_id, goal_id, sum(kind = 'done') done, sum(reported) reported, sum(kind = 'dropped') dropped, sum(kind = 'overdue') overdue
      from (select mentor_id, goal_id, 'done' kind, reported_back_at is not null reported from commitments where status = 'done' and completed_at >= @start and completed_at < @end
        union all select mentor_id, goal_id, 'dropped', 0 from commitments where status = 'dropped' and dropped_at >= @start and dropped_at < @end
        union all select mentor_id, goal_id, 'overdue', 0 from commitments where status = 'open' and due_date >= @from and due_date <= @to and due_date < @today)
      group by mentor_id, goal_id) p left join mentors m on m.id = p.mentor_id left join goals g on g.id = p.goal_id`);
  const rates = (r: Row) => {
    const c = { done: Number(r.done ?? 0), dropped: Number(r.dropped ?? 0), overdue: Number(r.overdue ?? 0), reported: Number(r.reported ?? 0) };
    const denominator = c.done + c.dropped + c.overdue;
    return { ...c, followThroughRate: denominator === 0 ? null : c.done / denominator, loopClosureRate: c.done === 0 ? null : c.reported / c.done };
  };

  // Each count an index range on commitments (goal_id, status): all minus dropped is cheaper than "<> 'dropped'".
  const goals = all(`select g.*, (select count(*) from goal_mentors gm where gm.goal_id = g.id) x_mentor_count,
      (select count(*) from commitments c where c.goal_id = g.id) - (select count(*) from commitments c where c.goal_id = g.id and c.status = 'dropped') x_total,
      (select count(*) from commitments c where c.goal_id = g.id and c.status = 'done') x_done
    from goals g where g.status in ('active', 'paused')`);
  const STATUS_ORDER: Record<string, number> = { active: 0, paused: 1, achieved: 2, dropped: 3 };
  const withoutMentor = all(`select g.id, g.title from goals g where g.status = 'active' and not exists (select 1 from goal_mentors gm where gm.goal_id = g.id) order by g.title, g.id`);
  const mentorLoad = all(`select m.id mentor_id, m.name, count(*) goal_count from goals g cross join goal_mentors gm on gm.goal_id = g.id
    join mentors m on m.id = gm.mentor_id and m.archived_at is null where g.status = 'active' group by m.id order by goal_count desc, m.name, m.id limit 5`);

  return {
    'advice.library': (limit: number) => {
      const rows = advice(limit + 1).map(camelRow);
      const page = rows.slice(0, limit);
      const led = Map.groupBy(ledTo(JSON.stringify(page.map((r) => r.id))), (c) => c.advice_id);
      return { entries: page.map((r) => ({ ...r, commitments: (led.get(r.id) ?? []).map(({ advice_id: _a, ...c }) => c) })), more: rows.length > limit };
    },
    'measures.report': (timeZone: string) => {
      const today = dayIn(now, timeZone);
      const from = firstDayOfMonth(monthOf(today));
      const to = lastDayOfMonth(monthOf(today));
      const months = monthsEndingAt(today, 12);
      const midnight = (day: string) => zonedTimeToUtc(day, 0, 0, timeZone).toISOString();
      const span = (first: string, last: string) => ({ from: first, to: last, start: midnight(first), end: midnight(addDays(last, 1)) });
      const [overall, ...trend] = spans({ spans: JSON.stringify([span(from, to), ...months.map((m) => span(firstDayOfMonth(m), lastDayOfMonth(m)))]), today });
      const rows = pairs({ ...span(from, to), today });
      const reported = (r: Row) => ({ ...r, reported: Number(r.done) - Number(r.unreported) });
      const sum = (group: Row[]) => rates(Object.fromEntries(['done', 'dropped', 'overdue', 'reported'].map((k) => [k, group.reduce((n, r) => n + Number(r[k]), 0)])));
      const per = (key: string, label: string) =>
        [...Map.groupBy(rows.filter((r) => r[key] !== null), (r) => r[key] as number)]
          .map(([id, group]) => ({ id, label: (group[0][label] ?? '') as string, ...sum(group) }))
          .sort((a, b) => byName(a.label, b.label) || a.id - b.id);
      return {
        from,
        to,
        overall: rates(reported(overall)),
        byMentor: per('mentor_id', 'name').map(({ id, label, ...r }) => ({ mentorId: id, name: label, ...r })),
        byGoal: per('goal_id', 'title').map(({ id, label, ...r }) => ({ goalId: id, title: label, ...r })),
        trend: months.map((month, i) => ({ month, ...rates(reported(trend[i])) })),
        definitions: MEASURE_DEFINITIONS,
      };
    },
    /** The goal list as the page first asks for it: open goals only (closed ones when the user ticks them in). */
    'goals.list': (timeZone: string) => {
      const today = dayIn(now, timeZone);
      return goals()
        .map((r) => {
          const { xMentorCount, xTotal, xDone, ...goal } = camelRow(r);
          const total = xTotal as number;
          const done = total ? (xDone as number) : 0;
          const open = goal.status === 'active' || goal.status === 'paused';
          return { ...(goal as Row), mentorCount: xMentorCount, progress: { goalId: goal.id, done, total, ratio: total > 0 ? done / total : null }, overdue: open && goal.targetDate !== null && (goal.targetDate as string) < today };
        })
        .sort(
          (a: Row, b: Row) =>
            STATUS_ORDER[a.status as string] - STATUS_ORDER[b.status as string] ||
            String(a.targetDate ?? '9999-12-31').localeCompare(String(b.targetDate ?? '9999-12-31')) ||
            byName(a.title as string, b.title as string) ||
            (a.id as number) - (b.id as number),
        );
    },
    'goals.coverage': () => ({ goalsWithoutMentor: withoutMentor(), mentorLoad: mentorLoad().map(camelRow) }),
    ...searchQuery(all),
  };
}

function searchQuery(all: (sql: string) => (...params: unknown[]) => Row[]) {
  const columns = `kind, ref_id id, mentor_id, goal_id, at, highlight(search_index, 5, '\u0002', '\u0003') title, snippet(search_index, 6, '\u0002', '\u0003', '…', 16) snippet, rowid`;
  const ranked = all(`select ${columns} from search_index where search_index match ? order by bm25(search_index, 0, 0, 0, 0, 0, 4.0, 1.0) limit ?`);
  const newest = all(`select ${columns} from search_index where search_index match ? order by rowid desc limit ?`);
  const broad = all('select rowid from search_index where search_index match ? order by rowid desc limit 1 offset 499');
  const ceiling = all('select 8 * max((select coalesce(max(id), 0) from mentors), (select coalesce(max(id), 0) from goals)) + 2 n');
  const names = all('select id, name from mentors where id in (select value from json_each(?))');
  return {
    'search.query': (text: string, limit: number) => {
      const match = toFtsQuery(text)!;
      const whole = match.endsWith('*') ? match.slice(0, -1) : match;
      const wide = broad(whole).length ? whole : whole !== match && broad(match).length ? match : null;
      let rows: Row[];
      if (wide === null) rows = ranked(match, limit);
      else {
        const inTitle = `{title} : (${wide})`;
        const top = ceiling()[0].n as number;
        const seen = new Set<unknown>();
        const people = all(`select ${columns} from search_index where search_index match ? and rowid <= ${top} and rowid % 8 in (1, 2) order by rowid desc limit ?`);
        rows = [...people(inTitle, limit), ...newest(inTitle, limit), ...newest(wide, 2 * limit)].filter((r) => !seen.has(r.rowid) && seen.add(r.rowid)).slice(0, limit);
      }
      const mentorIds = [...new Set(rows.map((r) => r.mentor_id).filter((id) => id !== null))];
      const named = new Map(names(JSON.stringify(mentorIds)).map((m) => [m.id, m.name as string]));
      return rows.map(({ rowid: _r, ...r }) => {
        const mentorName = r.mentor_id === null ? null : (named.get(r.mentor_id) ?? null);
        const place = (r.title as string).replace(MEETING_TITLE, '');
        const title = r.kind === 'meeting' ? [`Meeting with ${mentorName ?? 'a mentor'}`, place].filter(Boolean).join(' · ') : r.title;
        return { ...camelRow(r), title, snippet: plainSnippet(r.snippet as string), mentorName, route: ROUTE[r.kind as SearchKind](r.id as number, r.mentor_id as number | null) };
      });
    },
  };
}
