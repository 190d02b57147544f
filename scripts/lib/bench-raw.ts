import type Database from 'better-sqlite3';
import { exportFiles } from '../../electron/core/export/exports';
import type { ExportFormat, ExportSelection, MeetingRecord } from '../../electron/core/export/types';
import { MEASURE_DEFINITIONS } from '../../electron/core/followups/measures';
import { COUNT_CAP } from '../../electron/core/followups/types';
import { healthFromLastContact } from '../../electron/core/mentors/health';
import { startOfNextWeek, type Weekday } from '../../electron/core/zoned-time';

// Hand-written better-sqlite3 queries that return exactly what an operation returns (the bench checks
// with a deep comparison), prepared once like a careful app would. Plain JS only shapes rows into
// the same objects; every rule that decides which rows appear is in the SQL.

type Row = Record<string, unknown>;
const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
/** Columns as the app names them; `x_…` columns are the query's extras, returned separately. */
function split(row: Row): [Row, Row] {
  const own: Row = {};
  const extra: Row = {};
  for (const [k, v] of Object.entries(row)) {
    if (k.startsWith('x_')) extra[camel(k.slice(2))] = v;
    else own[camel(k)] = v;
  }
  return [own, extra];
}
const booleans = (row: Row, ...keys: string[]) => {
  for (const k of keys) if (k in row && row[k] !== null) row[k] = row[k] === 1;
  return row;
};

const lastContact = (now: string) => `(select max(x.scheduled_at) from meetings x where x.mentor_id = m.id and x.status = 'held' and x.scheduled_at <= '${now}') x_last_meeting,
  (select max(i.occurred_at) from interactions i where i.mentor_id = m.id and i.occurred_at <= '${now}') x_last_interaction`;
const latest = (a: unknown, b: unknown) => ([a, b].filter(Boolean) as string[]).sort().at(-1) ?? null;

export function rawQueries(db: Database.Database, nowIso: string, today: string) {
  const now = new Date(nowIso);
  const all = (sql: string) => {
    const statement = db.prepare(sql);
    return (...params: unknown[]) => statement.all(...params) as Row[];
  };
  const get = (sql: string) => {
    const statement = db.prepare(sql);
    return (...params: unknown[]) => statement.get(...params) as Row | undefined;
  };
  const health = (m: Row, extra: Row) => ({
    mentorId: m.id,
    name: m.name,
    ...healthFromLastContact(latest(extra.lastMeeting, extra.lastInteraction), m.keepInTouchCadenceDays as number, now),
  });

  const mentorList = all(`select m.id, m.name, m.role, m.organization, m.type, m.archived_at, m.keep_in_touch_cadence_days, ${lastContact(nowIso)},
      (select count(*) from goal_mentors gm where gm.mentor_id = m.id) x_goal_count
    from mentors m where m.archived_at is null order by lower(m.name), m.id`);
  const reconnect = all(`select m.id, m.name, m.keep_in_touch_cadence_days, ${lastContact(nowIso)} from mentors m where m.archived_at is null`);

  const meetingColumns = `m.*, x.name x_mentor_name, (select count(*) from agenda_items a where a.meeting_id = m.id) x_agenda_count,
    (select coalesce(sum(a.minutes), 0) from agenda_items a where a.meeting_id = m.id) x_agenda_minutes`;
  const upcoming = all(`select ${meetingColumns} from meetings m join mentors x on x.id = m.mentor_id
    where m.status = 'planned' and m.scheduled_at >= ? order by m.scheduled_at, m.id limit ?`);
  const past = all(`select ${meetingColumns} from meetings m join mentors x on x.id = m.mentor_id
    where (m.status <> 'planned' or m.scheduled_at < ?) order by m.scheduled_at desc, m.id desc limit ?`);
  const meetingItem = (r: Row) => {
    const [m, x] = split(r);
    return { ...m, ...x };
  };

  const views = (where: string, order: string) =>
    all(`select c.*, mm.name x_mentor_name, mm.email x_mentor_email, g.title x_goal_title, a.text x_advice_text from commitments c
      left join mentors mm on mm.id = c.mentor_id left join goals g on g.id = c.goal_id left join advice a on a.id = c.advice_id
      where ${where} order by ${order} limit ?`);
  const capped = (where: string) => get(`select count(*) n from (select 1 from commitments c where ${where} limit ${COUNT_CAP})`);
  const view = (r: Row) => {
    const [c, x] = split(r);
    return { ...c, ...x, awaitingReportBack: c.status === 'done' && c.reportedBackAt === null, overdue: c.status === 'open' && c.dueDate !== null && (c.dueDate as string) < today };
  };
  const list = (where: string, order: string) => {
    const read = views(where, order);
    const count = capped(where);
    return (limit: number, ...params: unknown[]) => {
      const rows = read(...params, limit).map(view);
      return { rows, total: rows.length < limit ? rows.length : (count(...params)!.n as number) };
    };
  };
  const due = 'c.due_date, c.id';
  const buckets = {
    overdue: list("c.status = 'open' and c.due_date < ?", due),
    dueToday: list("c.status = 'open' and c.due_date = ?", due),
    dueThisWeek: list("c.status = 'open' and c.due_date > ? and c.due_date <= ?", due),
    later: list("c.status = 'open' and c.due_date > ?", due),
    noDate: list("c.status = 'open' and c.due_date is null", due),
    done: list("c.status = 'done' and c.reported_back_at is not null", 'c.completed_at desc, c.id desc'),
    dropped: list("c.status = 'dropped'", 'c.dropped_at desc, c.id desc'),
  };
  const awaiting = list("c.status = 'done' and c.reported_back_at is null", 'c.completed_at desc, c.id desc');
  const dashDueToday = buckets.dueToday;
  const dashOverdue = buckets.overdue;
  const weekMeetings = all(`select m.id, m.scheduled_at, m.duration_minutes, m.mentor_id, x.name mentor_name,
      (select count(*) from agenda_items a where a.meeting_id = m.id) agenda_count
    from meetings m join mentors x on x.id = m.mentor_id where m.status = 'planned' and m.scheduled_at >= ? and m.scheduled_at < ? order by m.scheduled_at`);
  // The month's follow-through: four counts, each one covering index range (the bench's zone is UTC).
  const monthRates = get(`select
      (select count(*) from commitments where status = 'done' and completed_at >= @fromInstant and completed_at < @toInstant) done,
      (select count(*) from commitments where status = 'done' and reported_back_at is not null and completed_at >= @fromInstant and completed_at < @toInstant) reported,
      (select count(*) from commitments where status = 'dropped' and dropped_at >= @fromInstant and dropped_at < @toInstant) dropped,
      (select count(*) from commitments where status = 'open' and due_date between @from and @to and due_date < @today) overdue`);
  const anything = get('select 1 from mentors union all select 1 from commitments limit 1');

  return {
    'mentors.list': () =>
      mentorList().map((r) => {
        const [m, x] = split(r);
        return { ...m, health: health(m, x), goalCount: x.goalCount };
      }),
    'mentors.overdueToReconnect': () =>
      reconnect()
        .map((r) => health(...split(r)))
        .filter((h) => h.status === 'overdue')
        .sort((a, b) => b.daysOverdue - a.daysOverdue || String(a.name).localeCompare(String(b.name))),
    'meetings.list upcoming': (limit: number) => upcoming(nowIso, limit).map(meetingItem),
    'meetings.list past': (limit: number) => past(nowIso, limit).map(meetingItem),
    'followups.board': (perBucket: number, firstDayOfWeek: Weekday) => {
      const weekEnd = addDays(startOfNextWeek(today, firstDayOfWeek), -1);
      const read = {
        overdue: buckets.overdue(perBucket, today),
        dueToday: buckets.dueToday(perBucket, today),
        dueThisWeek: buckets.dueThisWeek(perBucket, today, weekEnd),
        later: buckets.later(perBucket, weekEnd),
        noDate: buckets.noDate(perBucket),
        done: buckets.done(perBucket),
        dropped: buckets.dropped(perBucket),
      };
      const waiting = awaiting(perBucket);
      return {
        today,
        buckets: Object.fromEntries(Object.entries(read).map(([k, v]) => [k, v.rows])),
        totals: Object.fromEntries(Object.entries(read).map(([k, v]) => [k, v.total])),
        awaitingReportBack: waiting.rows,
        awaitingTotal: waiting.total,
      };
    },
    'dashboard.today': () => {
      const dueToday = dashDueToday(20, today);
      const overdue = dashOverdue(20, today);
      const waiting = awaiting(20);
      const from = `${today.slice(0, 7)}-01`;
      const to = lastDay(today);
      const r = monthRates({ from, to, today, fromInstant: `${from}T00:00:00.000Z`, toInstant: `${addDays(to, 1)}T00:00:00.000Z` })!;
      const counts = { done: Number(r.done ?? 0), dropped: Number(r.dropped ?? 0), overdue: Number(r.overdue ?? 0), reported: Number(r.reported ?? 0) };
      const denominator = counts.done + counts.dropped + counts.overdue;
      return {
        today,
        isNewUser: !anything(),
        dueToday: dueToday.rows,
        overdue: overdue.rows,
        totals: { dueToday: dueToday.total, overdue: overdue.total, awaitingReportBack: waiting.total },
        upcomingMeetings: weekMeetings(nowIso, new Date(now.getTime() + 7 * 86_400_000).toISOString()).map((r) => {
          const m = split(r)[0];
          return { ...m, prepared: (m.agendaCount as number) > 0 };
        }),
        awaitingReportBack: waiting.rows,
        thisMonth: { ...counts, followThroughRate: denominator === 0 ? null : counts.done / denominator, loopClosureRate: counts.done === 0 ? null : counts.reported / counts.done },
        definition: MEASURE_DEFINITIONS.followThroughRate,
      };
    },
    ...pageQueries(all, get, today, nowIso, health),
    ...exportQueries(all),
  };
}

function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
const lastDay = (day: string) => {
  const [y, m] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

type All = (sql: string) => (...params: unknown[]) => Row[];
type Get = (sql: string) => (...params: unknown[]) => Row | undefined;

function pageQueries(all: All, get: Get, today: string, nowIso: string, health: (m: Row, x: Row) => unknown) {
  const cap = (sql: string) => get(`select count(*) n from (${sql} limit ${COUNT_CAP})`);
  const goal = get('select * from goals where id = ?');
  const progress = get("select count(*) total, coalesce(sum(status = 'done'), 0) done from commitments where goal_id = ? and status <> 'dropped'");
  const goalMentors = all('select m.id mentor_id, m.name, m.archived_at, gm.can_help_with from goal_mentors gm join mentors m on m.id = gm.mentor_id where gm.goal_id = ? order by m.name');
  const goalMeetingIds = `select meeting_id from agenda_items where goal_id = @goal and meeting_id is not null union select meeting_id from advice where goal_id = @goal and meeting_id is not null`;
  const goalMeetings = all(`select m.id, m.scheduled_at, m.status, x.name mentor_name from meetings m join mentors x on x.id = m.mentor_id
    where m.id in (${goalMeetingIds}) order by m.scheduled_at desc, m.id desc limit 25`);
  const goalAdvice = all('select a.id, a.text, a.verdict, a.created_at, m.name mentor_name from advice a join mentors m on m.id = a.mentor_id where a.goal_id = ? order by a.created_at desc limit 25');
  const goalCommitments = all("select id, title, status, due_date, outcome from commitments where goal_id = ? order by due_date is null, due_date, id limit 25");
  const goalTotals = [cap(`select 1 from meetings where id in (${goalMeetingIds})`), cap('select 1 from advice where goal_id = ?'), cap('select 1 from commitments where goal_id = ?')];

  const mentor = get(`select m.*, ${lastContact(nowIso)} from mentors m where m.id = ?`);
  const mentorGoals = all('select g.id goal_id, g.title, g.status, gm.can_help_with from goal_mentors gm join goals g on g.id = gm.goal_id where gm.mentor_id = ? order by g.title');
  const interactions = all('select * from interactions where mentor_id = ? order by occurred_at desc limit ?');
  const gives = all('select * from gives where mentor_id = ? order by given_on desc, id desc limit ?');
  const asks = all("select id, text, meeting_id, status, created_at from agenda_items where mentor_id = ? and kind = 'ask' order by created_at desc limit ?");
  const asksSince = get("select count(*) n from agenda_items where mentor_id = @mentor and kind = 'ask' and substr(created_at, 1, 10) > coalesce((select max(given_on) from gives where mentor_id = @mentor), '')");
  const meetings = all('select id, scheduled_at, status, duration_minutes from meetings where mentor_id = ? order by scheduled_at desc limit ?');
  const open = all("select id, title, due_date, owner, status from commitments where mentor_id = ? and status = 'open' order by due_date is null, due_date, id limit ?");
  const mentorTotals = {
    meetings: cap('select 1 from meetings where mentor_id = ?'),
    openCommitments: cap("select 1 from commitments where mentor_id = ? and status = 'open'"),
    interactions: cap('select 1 from interactions where mentor_id = ?'),
    gives: cap('select 1 from gives where mentor_id = ?'),
    asks: cap("select 1 from agenda_items where mentor_id = ? and kind = 'ask'"),
  };
  const sameName = get('select count(*) n from mentors where lower(name) = lower(?) and id <> ?');
  const camelRows = (rows: Row[]) => rows.map((r) => split(r)[0]);

  return {
    'goals.get': (id: number) => {
      const g = split(goal(id)!)[0];
      const p = progress(id)!;
      const total = p.total as number;
      return {
        goal: g,
        overdue: (g.status === 'active' || g.status === 'paused') && g.targetDate !== null && (g.targetDate as string) < nowIso.slice(0, 10),
        progress: { goalId: id, done: total ? Number(p.done) : 0, total, ratio: total > 0 ? Number(p.done) / total : null },
        mentors: camelRows(goalMentors(id)).map(({ archivedAt, ...m }) => ({ ...m, archived: archivedAt !== null })),
        meetings: camelRows(goalMeetings({ goal: id })),
        advice: camelRows(goalAdvice(id)),
        commitments: camelRows(goalCommitments(id)),
        totals: { meetings: goalTotals[0]({ goal: id })!.n, advice: goalTotals[1](id)!.n, commitments: goalTotals[2](id)!.n },
      };
    },
    'mentors.get': (id: number, limit: number) => {
      const [m, x] = split(mentor(id)!);
      return {
        mentor: booleans(m),
        health: health(m, x),
        goals: camelRows(mentorGoals(id)),
        interactions: camelRows(interactions(id, limit)),
        gives: camelRows(gives(id, limit)),
        asks: camelRows(asks(id, limit)),
        asksSinceLastGive: asksSince({ mentor: id })!.n,
        meetings: camelRows(meetings(id, limit)),
        // The one overdue rule: open, due before today (in the user's zone; the bench's is UTC).
        openCommitments: camelRows(open(id, limit)).map((c) => ({ ...c, overdue: c.dueDate !== null && (c.dueDate as string) < today })),
        totals: Object.fromEntries(Object.entries(mentorTotals).map(([k, q]) => [k, q(id)!.n])),
        sameNameCount: sameName(m.name, id)!.n,
      };
    },
    'lookups.mentors': lookupMentors(all),
    'lookups.goals': lookupGoals(all),
  };
}

function lookupMentors(all: All) {
  const rows = all('select id, name, archived_at is not null archived, keep_in_touch_cadence_days from mentors order by archived_at is not null, name, id');
  return () => rows().map((r) => ({ ...split(r)[0], archived: r.archived === 1 }));
}

function lookupGoals(all: All) {
  const rows = all("select id, title, status from goals order by case status when 'active' then 0 when 'paused' then 1 when 'achieved' then 2 else 3 end, title, id");
  return () => rows();
}

/** The export's records straight from SQL (one pass per table, no chunks), then the same file formatting. */
function exportQueries(all: All) {
  const where = (selection: ExportSelection) =>
    selection.kind === 'meeting' ? 'm.id = ?' : selection.kind === 'mentor' ? 'm.mentor_id = ?' : selection.kind === 'range' ? 'm.scheduled_at between ? and ?' : '1';
  const statements = new Map<string, ReturnType<All>[]>();
  const prepare = (selection: ExportSelection) => {
    const key = selection.kind;
    if (!statements.has(key)) {
      const picked = `select m.id from meetings m where ${where(selection)}`;
      statements.set(key, [
        all(`select m.*, x.name x_mentor_name, x.email x_mentor_email from meetings m join mentors x on x.id = m.mentor_id where ${where(selection)} order by m.scheduled_at, m.id`),
        all(`select a.meeting_id, a.kind, a.text, a.minutes, a.status, g.title goal from agenda_items a left join goals g on g.id = a.goal_id where a.meeting_id in (${picked}) order by a.position, a.id`),
        all(`select a.meeting_id, a.id, a.text, g.title goal from advice a left join goals g on g.id = a.goal_id where a.meeting_id in (${picked}) order by a.id`),
        all(`select c.meeting_id, c.id, c.title, c.status, c.due_date, c.outcome, c.advice_id, g.title goal from commitments c left join goals g on g.id = c.goal_id where c.meeting_id in (${picked}) order by c.id`),
        all(`select gm.mentor_id, g.title from goal_mentors gm join goals g on g.id = gm.goal_id where gm.mentor_id in (select m.mentor_id from meetings m where ${where(selection)}) order by g.title`),
      ]);
    }
    return statements.get(key)!;
  };
  return {
    export: (selection: ExportSelection, format: ExportFormat, now: Date) => {
      const params = selection.kind === 'meeting' ? [selection.meetingId] : selection.kind === 'mentor' ? [selection.mentorId] : selection.kind === 'range' ? [`${selection.from}T00:00:00.000Z`, `${selection.to}T23:59:59.999Z`] : [];
      const [meetings, agenda, advice, commitments, mentorGoals] = prepare(selection).map((q) => q(...params));
      const by = <T extends Row>(rows: T[], key: string) => Map.groupBy(rows, (r) => r[key] as number);
      const [agendaBy, adviceBy, commitmentsBy, goalsBy] = [by(agenda, 'meeting_id'), by(advice, 'meeting_id'), by(commitments, 'meeting_id'), by(mentorGoals, 'mentor_id')];
      const records: MeetingRecord[] = meetings.map((r) => {
        const [m, x] = split(r);
        const items = agendaBy.get(m.id as number) ?? [];
        const adv = adviceBy.get(m.id as number) ?? [];
        const coms = commitmentsBy.get(m.id as number) ?? [];
        const named = [...items, ...adv, ...coms].map((row) => row.goal).filter((g): g is string => !!g);
        return {
          id: m.id,
          scheduledAt: m.scheduledAt,
          day: (m.scheduledAt as string).slice(0, 10),
          durationMinutes: m.durationMinutes,
          location: m.location,
          status: m.status,
          notes: m.notes,
          mentor: { id: m.mentorId, name: x.mentorName, email: x.mentorEmail },
          goals: named.length ? [...new Set(named)] : (goalsBy.get(m.mentorId as number) ?? []).map((g) => g.title),
          agenda: items.map(({ kind, text, minutes, status }) => ({ kind, text, minutes, status })),
          advice: adv.map(({ id, text, goal }) => ({ id, text, goal })),
          commitments: coms.map(({ id, title, status, due_date, outcome, advice_id }) => ({ id, title, status, dueDate: due_date, outcome, adviceId: advice_id })),
        } as MeetingRecord;
      });
      return exportFiles(records, selection, format, now);
    },
  };
}
